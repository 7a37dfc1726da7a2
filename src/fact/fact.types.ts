export enum FactKind {
  TARGET = 'TARGET',
  REALIZATION = 'REALIZATION',
}
