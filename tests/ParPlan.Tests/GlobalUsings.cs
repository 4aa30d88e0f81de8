// The shared test support (the app factory, the per-test database, result assertions) and the app's shared pieces.
global using ParPlan.Common;
global using ParPlan.Tests.Support;
