import { defaultDarkTheme, defaultLightTheme, type RaThemeOptions } from 'react-admin';

// ILO blue as the primary colour; status colours always come with a text label (accessibility).
export const lightTheme: RaThemeOptions = {
  ...defaultLightTheme,
  palette: { ...defaultLightTheme.palette, primary: { main: '#1e2dbe' }, secondary: { main: '#230050' } },
};

export const darkTheme: RaThemeOptions = {
  ...defaultDarkTheme,
  palette: { ...defaultDarkTheme.palette, primary: { main: '#8fa2ff' } },
};
