// The shared pieces every feature uses: Result/Error, DateText, VietnamTime.
global using ParPlan.Common;
