export * from './locale';
export * from './numbers';
export * from './durations';
export * from './user-impact';
export * from './dates';
export * from './cells';
export * from './plurals';
export * from './csv-numbers';
