namespace PerfPublish.Forms;

public enum FormKind { Project, Department }
