/** The settings-table key of the Lock's vault (core/lock/vault.ts). Its presence means the Lock is on. */
export const VAULT_KEY = 'lockVault';
