export { menuItems, menuAvailability } from './menu.tables';
export { listMenu, upsertMenuItem } from './menu.service';
