import AssignmentIcon from '@mui/icons-material/Assignment';
import { Button, Card, CardActions, CardContent, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';

/** For programme officers: the way to this quarter's report, above everything else. */
export const MyReportCard = () => {
  const translate = useTranslate();
  return (
    <Card component="section" sx={{ bgcolor: 'primary.main', color: 'primary.contrastText' }}>
      <CardContent>
        <Typography variant="h5" component="h2">
          {translate('dashboard.myReport.title')}
        </Typography>
        <Typography variant="body1">{translate('dashboard.myReport.body')}</Typography>
      </CardContent>
      <CardActions sx={{ px: 2, pb: 2 }}>
        <Button component={Link} to="/my-report" variant="contained" color="secondary" startIcon={<AssignmentIcon />}>
          {translate('dashboard.myReport.action')}
        </Button>
      </CardActions>
    </Card>
  );
};
