export { listBrands, createBrand, listStores, getStore, createStore, updateStore } from './org.service';
export { brands, stores } from './org.tables';
export { findStoreBrand, resolveBrandId } from './brand-of';
