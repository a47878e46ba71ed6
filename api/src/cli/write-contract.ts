import { writeFileSync } from 'node:fs';
import { CONTRACT_FILES, printContract } from '#src/contract/contract.js';

// npm run contract: rewrites api/schema.graphql and api/access.json, then the UI's generated types (codegen).
const contract = await printContract();
writeFileSync(CONTRACT_FILES.schema, contract.schema);
writeFileSync(CONTRACT_FILES.access, contract.access);
console.log(`Wrote ${CONTRACT_FILES.schema} and ${CONTRACT_FILES.access}`);
