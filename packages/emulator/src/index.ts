export { type ContainerSeed, type Emulator, type EmulatorOptions, type Faults, startEmulator } from "./emulator.js";
export { type ResourceKind, resourceKinds } from "./model.js";
