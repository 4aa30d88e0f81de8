namespace ParPlan.Core.Plans;

public enum DocumentKind { Plan, DecisionWithPlan, Report, Criteria, Other }
