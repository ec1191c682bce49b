using System.Net;
using System.Text;
using PerfPublish.Diagnostics;

namespace PerfPublish.Serve;

/// <summary>What the preview shows while the content has errors: the diagnostics, as the build prints them, and a way back once fixed.</summary>
public static class ErrorPage
{
    public static byte[] For(PreviewSite site)
    {
        var html = new StringBuilder();
        html.Append("""
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head>
            <meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
            <title>构建失败 · Build failed</title>
            <style>body{font-family:sans-serif;margin:2rem;max-width:60rem}li{font-family:monospace;margin:.5rem 0;white-space:pre-wrap}.error{color:#a00}.warning{color:#850}</style>
            </head>
            <body>
            <h1>构建失败 · Build failed</h1>
            <p>改正下列问题并保存文件，本页会自动刷新。Fix the problems below and save; this page reloads by itself.</p>
            <ul>
            """);
        foreach (var diagnostic in site.Diagnostics)
        {
            var kind = diagnostic.Severity == Severity.Error ? "error" : "warning";
            html.Append($"<li class=\"{kind}\">{WebUtility.HtmlEncode(diagnostic.ToString())}</li>\n");
        }
        html.Append("</ul>\n</body>\n</html>\n");
        return Encoding.UTF8.GetBytes(html.ToString());
    }
}
