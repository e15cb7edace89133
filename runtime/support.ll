; sgdc native support library: hand-written LLVM IR linked into every kernel module.
;
; Numerically stable scalar functions whose meaning must match sgdc/ops.py
; exactly (the reference interpreter uses those).  All are alwaysinline and
; linkonce_odr: after linking, the optimiser folds them into the kernels' loops
; and drops the bodies.  tests/test_runtime_support.py tests them on their own.
;
;   sgdc_exp_f32(x), sgdc_log_f32(x), sgdc_log1p_f32(x): float32 e^x, log x, log(1 + x), branch-free Cephes
;                        formulas (sgdc/ir/mathf.py says which, and is the same arithmetic in Python): no libm
;                        call in a kernel's loop, so nothing is spilled around it and the loop can vectorise
;   sgdc_sigmoid_f32(x)  = 1 / (1 + exp(-x)), computed from exp(-|x|): never overflows
;   sgdc_softplus_f32(x) = log(1 + exp(x)) = max(x, 0) + log1p(exp(-|x|))
;   sgdc_sign_f32(x)     = -1, 0 or +1 (0 at 0 and for NaN)
;   sgdc_ge_f32(a, b)    = 1.0 if a >= b else 0.0 (ordered: 0.0 when either is NaN)

declare float @llvm.fabs.f32(float)
declare float @llvm.floor.f32(float)

; e^x: clamp to [-104, 89], n = floor(x log2e + 1/2), r = x - n ln2 (two parts), e^r = 1 + r + r^2 P(r),
; times 2^(n >> 1) 2^(n - (n >> 1)) (exact powers of two: a subnormal or infinite result rounds once).
define linkonce_odr float @sgdc_exp_f32(float %x) alwaysinline nounwind {
entry:
  %lo = fcmp ogt float %x, -104.0
  %c1 = select i1 %lo, float %x, float -104.0
  %hi = fcmp olt float %c1, 89.0
  %c = select i1 %hi, float %c1, float 89.0
  %t = fmul float %c, 0x3FF7154760000000
  %t2 = fadd float %t, 0.5
  %n = call float @llvm.floor.f32(float %t2)
  %a = fmul float %n, 0x3FE6300000000000
  %r1 = fsub float %c, %a
  %b = fmul float %n, 0xBF2BD01060000000
  %r = fsub float %r1, %b
  %z = fmul float %r, %r
  %p0 = fmul float 0x3F2A0D2CE0000000, %r
  %p1 = fadd float %p0, 0x3F56E879C0000000
  %p2 = fmul float %p1, %r
  %p3 = fadd float %p2, 0x3F81112100000000
  %p4 = fmul float %p3, %r
  %p5 = fadd float %p4, 0x3FA5553820000000
  %p6 = fmul float %p5, %r
  %p7 = fadd float %p6, 0x3FC5555540000000
  %p8 = fmul float %p7, %r
  %p9 = fadd float %p8, 0x3FE0000000000000
  %pz = fmul float %p9, %z
  %y1 = fadd float %pz, %r
  %y = fadd float %y1, 1.0
  %k = fptosi float %n to i32
  %h = ashr i32 %k, 1
  %k2 = sub i32 %k, %h
  %eh = add i32 %h, 127
  %eh2 = shl i32 %eh, 23
  %s1 = bitcast i32 %eh2 to float
  %ek = add i32 %k2, 127
  %ek2 = shl i32 %ek, 23
  %s2 = bitcast i32 %ek2 to float
  %o1 = fmul float %y, %s1
  %o = fmul float %o1, %s2
  %nan = fcmp uno float %x, 0.0
  %res = select i1 %nan, float %x, float %o
  ret float %res
}

; log x: x = m 2^e, m in [sqrt(1/2), sqrt(2)) (a subnormal x scaled by 2^25 first), f = m - 1,
; log x = f - f^2/2 + f^3 P(f) + e ln2 (two parts); 0 -> -inf, negative -> NaN, inf -> inf, NaN -> NaN.
define linkonce_odr float @sgdc_log_f32(float %x) alwaysinline nounwind {
entry:
  %sub = fcmp olt float %x, 0x3810000000000000
  %xb = fmul float %x, 0x4180000000000000
  %xs = select i1 %sub, float %xb, float %x
  %eadj = select i1 %sub, i32 151, i32 126
  %bits = bitcast float %xs to i32
  %ex = lshr i32 %bits, 23
  %exm = and i32 %ex, 255
  %e0 = sub i32 %exm, %eadj
  %mb = and i32 %bits, 8388607
  %mb2 = or i32 %mb, 1056964608
  %m = bitcast i32 %mb2 to float
  %small = fcmp olt float %m, 0x3FE6A09E60000000
  %e1 = sub i32 %e0, 1
  %e = select i1 %small, i32 %e1, i32 %e0
  %mm = fadd float %m, %m
  %fs = fsub float %mm, 1.0
  %fl = fsub float %m, 1.0
  %f = select i1 %small, float %fs, float %fl
  %z = fmul float %f, %f
  %p0 = fmul float 0x3FB2043760000000, %f
  %p1 = fadd float %p0, 0xBFBD7A3700000000
  %p2 = fmul float %p1, %f
  %p3 = fadd float %p2, 0x3FBDE4A340000000
  %p4 = fmul float %p3, %f
  %p5 = fadd float %p4, 0xBFBFCBA9E0000000
  %p6 = fmul float %p5, %f
  %p7 = fadd float %p6, 0x3FC23D37E0000000
  %p8 = fmul float %p7, %f
  %p9 = fadd float %p8, 0xBFC555CA00000000
  %p10 = fmul float %p9, %f
  %p11 = fadd float %p10, 0x3FC999D580000000
  %p12 = fmul float %p11, %f
  %p13 = fadd float %p12, 0xBFCFFFFF80000000
  %p14 = fmul float %p13, %f
  %p15 = fadd float %p14, 0x3FD5555540000000
  %pf = fmul float %p15, %f
  %y0 = fmul float %pf, %z
  %fe = sitofp i32 %e to float
  %lo = fmul float %fe, 0xBF2BD01060000000
  %y1 = fadd float %y0, %lo
  %hz = fmul float %z, 0.5
  %y2 = fsub float %y1, %hz
  %r0 = fadd float %f, %y2
  %hi = fmul float %fe, 0x3FE6300000000000
  %r = fadd float %r0, %hi
  %isinf = fcmp oeq float %x, 0x7FF0000000000000
  %s1 = select i1 %isinf, float %x, float %r
  %zero = fcmp oeq float %x, 0.0
  %s2 = select i1 %zero, float 0xFFF0000000000000, float %s1
  %neg = fcmp olt float %x, 0.0
  %s3 = select i1 %neg, float 0x7FF8000000000000, float %s2
  %nan = fcmp uno float %x, 0.0
  %res = select i1 %nan, float %x, float %s3
  ret float %res
}

; log(1 + x) = log(u) x / (u - 1) with u = 1 + x (Goldberg): x when u == 1, inf when u is inf.
define linkonce_odr float @sgdc_log1p_f32(float %x) alwaysinline nounwind {
entry:
  %u = fadd float 1.0, %x
  %d = fsub float %u, 1.0
  %l = call float @sgdc_log_f32(float %u)
  %q = fdiv float %x, %d
  %g = fmul float %l, %q
  %one = fcmp oeq float %d, 0.0
  %s1 = select i1 %one, float %x, float %g
  %inf = fcmp oeq float %u, 0x7FF0000000000000
  %res = select i1 %inf, float %u, float %s1
  ret float %res
}

define linkonce_odr float @sgdc_sigmoid_f32(float %x) alwaysinline nounwind {
entry:
  %ax = call float @llvm.fabs.f32(float %x)
  %nax = fneg float %ax
  %z = call float @sgdc_exp_f32(float %nax)
  %den = fadd float 1.0, %z
  %pos = fdiv float 1.0, %den
  %neg = fdiv float %z, %den
  %ge = fcmp oge float %x, 0.0
  %r = select i1 %ge, float %pos, float %neg
  ret float %r
}

define linkonce_odr float @sgdc_softplus_f32(float %x) alwaysinline nounwind {
entry:
  %ax = call float @llvm.fabs.f32(float %x)
  %nax = fneg float %ax
  %z = call float @sgdc_exp_f32(float %nax)
  %l = call float @sgdc_log1p_f32(float %z)
  %gt = fcmp ogt float %x, 0.0
  %relu = select i1 %gt, float %x, float 0.0
  %r = fadd float %relu, %l
  ret float %r
}

define linkonce_odr float @sgdc_sign_f32(float %x) alwaysinline nounwind {
entry:
  %gt = fcmp ogt float %x, 0.0
  %lt = fcmp olt float %x, 0.0
  %p = select i1 %gt, float 1.0, float 0.0
  %r = select i1 %lt, float -1.0, float %p
  ret float %r
}

define linkonce_odr float @sgdc_ge_f32(float %a, float %b) alwaysinline nounwind {
entry:
  %c = fcmp oge float %a, %b
  %r = select i1 %c, float 1.0, float 0.0
  ret float %r
}

