namespace PerfPublish.Forms;

public enum AgreeRelation { Equal, AtMost }
