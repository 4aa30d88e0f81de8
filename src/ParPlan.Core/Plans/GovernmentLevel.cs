namespace ParPlan.Core.Plans;

public enum GovernmentLevel { Province, District, Commune, Agency, National, Unknown }
