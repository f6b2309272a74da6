#version 330 core
// One instance per edge.  uMode 0: the edge body as a quad (width in pixels);
// uMode 1: an arrowhead triangle at the target end (directed relations only);
// uMode 2: a thin edge as a 1-pixel line (far cheaper for a software rasteriser), drawn
// without instancing: vertex 2k is edge k's source end, vertex 2k+1 its target end.
layout(location = 0) in vec2 aFrom;     // world
layout(location = 1) in vec2 aTo;       // world
layout(location = 2) in vec4 aColor;
layout(location = 3) in vec4 aStyle;    // x: width px, y: dashed (1) or solid (0), z: arrow (1) or not, w: target radius (world)

uniform vec2 uScale;
uniform vec2 uOffset;
uniform vec2 uViewport;
uniform float uZoom;
uniform float uMinRadiusPx;
uniform int uMode;

out vec4 vColor;
out float vAlong;    // pixels from the source end (for dashes)
out float vAcross;   // -1..1 across the width (for antialiasing)
out float vWidth;
flat out float vDashed;

void main() {
    vec2 a = (aFrom * uScale + uOffset) * 0.5 * uViewport;  // pixels, centred
    vec2 b = (aTo * uScale + uOffset) * 0.5 * uViewport;
    vec2 dir = b - a;
    float len = length(dir);
    dir = len > 1e-4 ? dir / len : vec2(1.0, 0.0);
    vec2 nrm = vec2(-dir.y, dir.x);
    vColor = aColor;
    vDashed = aStyle.y;
    vWidth = aStyle.x;
    vec2 p;
    if (uMode == 2) {
        float t = (gl_VertexID & 1) == 0 ? 0.0 : 1.0;
        p = mix(a, b, t);
        vAlong = t * len;
        vAcross = 0.0;
    } else if (uMode == 0) {
        float halfW = aStyle.x * 0.5 + 1.0;
        float t = (gl_VertexID & 1) == 0 ? 0.0 : 1.0;
        float s = (gl_VertexID & 2) == 0 ? -1.0 : 1.0;
        p = mix(a, b, t) + nrm * s * halfW;
        vAlong = t * len;
        vAcross = s;
    } else {
        float targetPx = max(aStyle.w * uZoom, uMinRadiusPx) + 1.5;
        float size = clamp(4.0 + aStyle.x * 2.5, 6.0, 16.0);
        vec2 tip = b - dir * targetPx;
        if (aStyle.z < 0.5 || len < targetPx + size) tip = a;  // degenerate: collapse
        int v = gl_VertexID % 3;
        if (v == 0) p = tip;
        else if (v == 1) p = tip - dir * size + nrm * size * 0.5;
        else p = tip - dir * size - nrm * size * 0.5;
        if (aStyle.z < 0.5) p = tip;
        vAlong = 0.0;
        vAcross = 0.0;
        vDashed = 0.0;
    }
    gl_Position = vec4(p * 2.0 / uViewport, 0.0, 1.0);
}
