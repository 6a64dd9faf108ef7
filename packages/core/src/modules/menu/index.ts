export { menuItems, menuAvailability } from './menu.tables';
