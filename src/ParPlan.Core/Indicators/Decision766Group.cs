namespace ParPlan.Core.Indicators;

/// <summary>The Decision 766/QĐ-TTg groups of the real-time one-stop index (100 points).</summary>
public enum Decision766Group { Publicity, Progress, Digitisation, OnlineServices, Satisfaction }
