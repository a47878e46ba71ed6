import { describe, expect, jest, test } from '@jest/globals';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AdminContext, type DataProvider } from 'react-admin';
import type { ComponentProgress, IndicatorProgressTrendParams } from '../../app/dataProvider/dashboard';
import { Role } from '../../app/generated/enums';
import { i18nProvider } from '../../app/i18n';
import { signedInAs } from '../../app/testing/signedInAs';
import { IndicatorDetail } from './IndicatorDetail';

const component = {
  componentId: '31',
  label: '(i)',
  indicatorId: '12',
  indicatorCode: '1.2',
  indicatorTitle: 'Events held',
  status: 'ON_TRACK',
  targetNarrative: null,
} as unknown as ComponentProgress;

const quarters = Array.from({ length: 16 }, (_, index) => String(index + 1));

jest.setTimeout(20000);

describe("an indicator's drill-down", () => {
  test('charts the last 8 quarters of this version, or up to 16 followed across versions', async () => {
    const user = userEvent.setup();
    const provider = {
      indicatorProgressTrend: jest.fn(async (_params: IndicatorProgressTrendParams) => []),
      componentOfficeProgress: jest.fn(async () => []),
    };
    render(
      <AdminContext
        dataProvider={provider as unknown as DataProvider}
        authProvider={signedInAs(Role.KM_OFFICER)}
        i18nProvider={i18nProvider}
      >
        <IndicatorDetail
          components={[component]}
          selection={{ frameworkId: '3', periodId: '16', includeSubmitted: false }}
          periodIds={quarters}
          onClose={() => undefined}
        />
      </AdminContext>,
    );
    // The trend chart is loaded lazily (recharts): give it time.
    await waitFor(() => expect(provider.indicatorProgressTrend).toHaveBeenCalledTimes(1), { timeout: 10000 });
    expect(provider.indicatorProgressTrend.mock.calls[0]![0]).toMatchObject({
      frameworkId: '3',
      indicatorId: '12',
      periodIds: quarters.slice(8),
      acrossVersions: false,
    });
    await user.click(await screen.findByRole('switch', { name: 'Follow across framework versions' }));
    await waitFor(() => expect(provider.indicatorProgressTrend).toHaveBeenCalledTimes(2));
    expect(provider.indicatorProgressTrend.mock.calls[1]![0]).toMatchObject({
      periodIds: quarters,
      acrossVersions: true,
    });
    expect(await screen.findByText('% achievement over the last 16 quarters')).toBeTruthy();
  });
});
