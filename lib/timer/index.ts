export * from './clock';
export * from './time';
export { isValidTimeZone, zonedToUtc } from './zone';
