import { Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { TemplateProblem } from '../../app/dataProvider/imports';

/** How many bad cells are listed on screen; the marked workbook has them all. */
export const SHOWN_PROBLEMS = 50;

/** The bad cells of a refused workbook, located as Excel shows them (sheet, row, column letter). */
export const ProblemsTable = ({ problems }: { problems: TemplateProblem[] }) => {
  const translate = useTranslate();
  const hidden = problems.length - SHOWN_PROBLEMS;
  return (
    <>
      <TableContainer sx={{ maxHeight: 360, mt: 1 }}>
        <Table size="small" stickyHeader>
          <caption>{translate('reportTemplates.problems.caption')}</caption>
          <TableHead>
            <TableRow>
              <TableCell>{translate('reportTemplates.problems.sheet')}</TableCell>
              <TableCell>{translate('reportTemplates.problems.row')}</TableCell>
              <TableCell>{translate('reportTemplates.problems.column')}</TableCell>
              <TableCell>{translate('reportTemplates.problems.problem')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {problems.slice(0, SHOWN_PROBLEMS).map((problem, index) => (
              <TableRow key={`${problem.sheet}-${problem.row}-${problem.column}-${index}`}>
                <TableCell>{problem.sheet}</TableCell>
                <TableCell>{problem.row}</TableCell>
                <TableCell>{problem.header ? `${problem.column} (${problem.header})` : problem.column}</TableCell>
                <TableCell>{problem.message}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      {hidden > 0 ? (
        <Typography variant="body2" sx={{ mt: 1 }}>
          {translate('reportTemplates.problems.more', { smart_count: hidden })}
        </Typography>
      ) : null}
    </>
  );
};
