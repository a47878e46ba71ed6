const MIB = 1024 * 1024;

/** What one workbook upload may cost the server: bytes received, bytes unpacked, zip entries. */
export interface UploadLimits {
  /** Size of the uploaded file itself. */
  maxBytes: number;
  /** Sum of all entries once unpacked: what exceljs would hold in memory. */
  maxUnpackedBytes: number;
  maxEntries: number;
  /** Unpacked / packed size of one entry, checked only above RATIO_CHECKED_ABOVE_BYTES. */
  maxRatio: number;
}

/** Small XML parts legitimately compress 100x and more; only a large entry with such a ratio is suspicious. */
export const RATIO_CHECKED_ABOVE_BYTES = MIB;

/** A reporting template is a few hundred KB; these leave room for years of data and refuse anything crafted. */
export const DEFAULT_UPLOAD_LIMITS: Readonly<UploadLimits> = Object.freeze({
  maxBytes: 5 * MIB,
  maxUnpackedBytes: 50 * MIB,
  maxEntries: 2_000,
  maxRatio: 200,
});

/** Sizes in refusals, as a programme officer reads them: "5 MB", "512 KB". */
export function formatSize(bytes: number): string {
  if (bytes < MIB) return `${Math.ceil(bytes / 1024)} KB`;
  return `${Number((bytes / MIB).toFixed(1))} MB`;
}
