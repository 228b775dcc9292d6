export { type ContainerSeed, type Emulator, type EmulatorOptions, type Faults, startEmulator } from "./emulator.js";
export { type ContainerKind, type Route, trainingRoutes } from "./spec.js";
