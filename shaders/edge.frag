#version 330 core
in vec4 vColor;
in float vAlong;
in float vAcross;
in float vWidth;
flat in float vDashed;

out vec4 fragColor;

void main() {
    // Antialiased sides: fade over the last pixel of the quad.
    float halfW = vWidth * 0.5 + 1.0;
    float edgeDist = (1.0 - abs(vAcross)) * halfW;
    float alpha = clamp(edgeDist, 0.0, 1.0);
    if (vDashed > 0.5 && mod(vAlong, 10.0) > 5.0) discard;
    fragColor = vec4(vColor.rgb, vColor.a * alpha);
    if (fragColor.a <= 0.002) discard;
}
