using PerfPublish.Publishing;

namespace PerfPublish.Bench;

/// <summary>Times one call of a stage; the profiles differ in how often they call and what they keep.</summary>
public interface IStageTimer
{
    T Time<T>(string stage, Func<T> work);
}
