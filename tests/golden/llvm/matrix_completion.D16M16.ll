; llvmlite 0.50.0
; ModuleID = "sgdc.matrix_completion"
target triple = "unknown-unknown-unknown"
target datalayout = ""

define void @"sgdc_train"(ptr %"slots", i64 %"begin", i64 %"end", ptr %"out")
{
entry:
  %"loss.acc" = alloca double
  %".7" = getelementptr inbounds i64, ptr %"slots", i64 10
  %"order." = load i64, ptr %".7"
  %"order..p" = inttoptr i64 %"order." to ptr
  %".8" = getelementptr inbounds i64, ptr %"slots", i64 11
  %"epoch." = load i64, ptr %".8"
  %"rng.state" = alloca i32
  %".10" = getelementptr inbounds i64, ptr %"slots", i64 14
  %"rng." = load i64, ptr %".10"
  %"rng..p" = inttoptr i64 %"rng." to ptr
  %".11" = load i32, ptr %"rng..p"
  store i32 %".11", i32* %"rng.state"
  %".13" = getelementptr inbounds i64, ptr %"slots", i64 25
  %"push." = load i64, ptr %".13"
  %".14" = getelementptr inbounds i64, ptr %"slots", i64 26
  %"share." = load i64, ptr %".14"
  %".15" = trunc i64 %"share." to i32
  %".16" = bitcast i32 %".15" to float
  %".17" = icmp sgt i64 %"push.", 0
  %"push.left" = alloca i64
  %".20" = getelementptr inbounds i64, ptr %"slots", i64 0
  %"param.mu" = load i64, ptr %".20"
  %"param.mu.p" = inttoptr i64 %"param.mu" to ptr
  %".21" = getelementptr inbounds i64, ptr %"slots", i64 15
  %"master.mu" = load i64, ptr %".21"
  %"master.mu.p" = inttoptr i64 %"master.mu" to ptr
  %".22" = getelementptr inbounds i64, ptr %"slots", i64 20
  %"base.mu" = load i64, ptr %".22"
  %"base.mu.p" = inttoptr i64 %"base.mu" to ptr
  %".44" = getelementptr inbounds i64, ptr %"slots", i64 5
  %"field.u" = load i64, ptr %".44"
  %"field.u.p" = inttoptr i64 %"field.u" to ptr
  %".47" = getelementptr inbounds i64, ptr %"slots", i64 6
  %"field.i" = load i64, ptr %".47"
  %"field.i.p" = inttoptr i64 %"field.i" to ptr
  %".50" = getelementptr inbounds i64, ptr %"slots", i64 7
  %"field.r" = load i64, ptr %".50"
  %"field.r.p" = inttoptr i64 %"field.r" to ptr
  %".62" = getelementptr inbounds i64, ptr %"slots", i64 1
  %"param.bu" = load i64, ptr %".62"
  %"param.bu.p" = inttoptr i64 %"param.bu" to ptr
  %".70" = getelementptr inbounds i64, ptr %"slots", i64 2
  %"param.bi" = load i64, ptr %".70"
  %"param.bi.p" = inttoptr i64 %"param.bi" to ptr
  %".79" = getelementptr inbounds i64, ptr %"slots", i64 3
  %"param.L" = load i64, ptr %".79"
  %"param.L.p" = inttoptr i64 %"param.L" to ptr
  %".92" = getelementptr inbounds i64, ptr %"slots", i64 4
  %"param.R" = load i64, ptr %".92"
  %"param.R.p" = inttoptr i64 %"param.R" to ptr
  %".103" = getelementptr inbounds i64, ptr %"slots", i64 12
  %"t0." = load i64, ptr %".103"
  %"idot.acc" = alloca i64
  %"idot.acc32" = alloca i32
  br label %"start"
start:
  store double              0x0, double* %"loss.acc"
  %".9" = sitofp i64 %"epoch." to float
  br i1 %".17", label %"start.if", label %"start.endif"
start.if:
  store i64 %"push.", i64* %"push.left"
  br label %"cp.head"
start.endif:
  br label %"ex.head"
cp.head:
  %"cp" = phi  i64 [0, %"start.if"], [%".32", %"cp.body"]
  %".24" = icmp slt i64 %"cp", 1
  br i1 %".24", label %"cp.body", label %"cp.done"
cp.body:
  %".26" = getelementptr inbounds float, ptr %"master.mu.p", i64 %"cp"
  %".27" = load atomic float, ptr %".26" monotonic, align 4
  %".28" = getelementptr inbounds float, ptr %"param.mu.p", i64 %"cp"
  store float %".27", ptr %".28"
  %".30" = getelementptr inbounds float, ptr %"base.mu.p", i64 %"cp"
  store float %".27", ptr %".30"
  %".32" = add i64 %"cp", 1
  br label %"cp.head"
cp.done:
  br label %"start.endif"
ex.head:
  %"ex" = phi  i64 [%"begin", %"start.endif"], [%".415", %"rows.done.endif"]
  %".36" = icmp slt i64 %"ex", %"end"
  br i1 %".36", label %"ex.body", label %"ex.done"
ex.body:
  %".38" = add i64 %"ex", 16
  %".39" = icmp slt i64 %".38", %"end"
  %".40" = select  i1 %".39", i64 %".38", i64 %"ex"
  %".41" = getelementptr inbounds i32, ptr %"order..p", i64 %".40"
  %".42" = load i32, ptr %".41"
  %".43" = sext i32 %".42" to i64
  %".45" = getelementptr inbounds i32, ptr %"field.u.p", i64 %".43"
  call void @"llvm.prefetch.p0"(ptr %".45", i32 0, i32 3, i32 1)
  %".48" = getelementptr inbounds i32, ptr %"field.i.p", i64 %".43"
  call void @"llvm.prefetch.p0"(ptr %".48", i32 0, i32 3, i32 1)
  %".51" = getelementptr inbounds i32, ptr %"field.r.p", i64 %".43"
  call void @"llvm.prefetch.p0"(ptr %".51", i32 0, i32 3, i32 1)
  %".53" = add i64 %"ex", 8
  %".54" = icmp slt i64 %".53", %"end"
  %".55" = select  i1 %".54", i64 %".53", i64 %"ex"
  %".56" = getelementptr inbounds i32, ptr %"order..p", i64 %".55"
  %".57" = load i32, ptr %".56"
  %".58" = sext i32 %".57" to i64
  %".59" = getelementptr inbounds i32, ptr %"field.u.p", i64 %".58"
  %".60" = load i32, ptr %".59"
  %".61" = sext i32 %".60" to i64
  %".63" = mul i64 %".61", 1
  %".64" = getelementptr inbounds i16, ptr %"param.bu.p", i64 %".63"
  %".65" = getelementptr i8, ptr %".64", i64 0
  call void @"llvm.prefetch.p0"(ptr %".65", i32 0, i32 3, i32 1)
  %".67" = getelementptr inbounds i32, ptr %"field.i.p", i64 %".58"
  %".68" = load i32, ptr %".67"
  %".69" = sext i32 %".68" to i64
  %".71" = mul i64 %".69", 1
  %".72" = getelementptr inbounds i16, ptr %"param.bi.p", i64 %".71"
  %".73" = getelementptr i8, ptr %".72", i64 0
  call void @"llvm.prefetch.p0"(ptr %".73", i32 0, i32 3, i32 1)
  %".75" = getelementptr inbounds i32, ptr %"field.u.p", i64 %".58"
  %".76" = load i32, ptr %".75"
  %".77" = sext i32 %".76" to i64
  %".78" = mul i64 1, 50
  %".80" = mul i64 %".77", %".78"
  %".81" = getelementptr inbounds i16, ptr %"param.L.p", i64 %".80"
  %".82" = getelementptr i8, ptr %".81", i64 0
  call void @"llvm.prefetch.p0"(ptr %".82", i32 0, i32 3, i32 1)
  %".84" = getelementptr i8, ptr %".81", i64 64
  call void @"llvm.prefetch.p0"(ptr %".84", i32 0, i32 3, i32 1)
  %".86" = getelementptr i8, ptr %".81", i64 99
  call void @"llvm.prefetch.p0"(ptr %".86", i32 0, i32 3, i32 1)
  %".88" = getelementptr inbounds i32, ptr %"field.i.p", i64 %".58"
  %".89" = load i32, ptr %".88"
  %".90" = sext i32 %".89" to i64
  %".91" = mul i64 1, 50
  %".93" = mul i64 %".90", %".91"
  %".94" = getelementptr inbounds i16, ptr %"param.R.p", i64 %".93"
  %".95" = getelementptr i8, ptr %".94", i64 0
  call void @"llvm.prefetch.p0"(ptr %".95", i32 0, i32 3, i32 1)
  %".97" = getelementptr i8, ptr %".94", i64 64
  call void @"llvm.prefetch.p0"(ptr %".97", i32 0, i32 3, i32 1)
  %".99" = getelementptr i8, ptr %".94", i64 99
  call void @"llvm.prefetch.p0"(ptr %".99", i32 0, i32 3, i32 1)
  %".101" = getelementptr inbounds i32, ptr %"order..p", i64 %"ex"
  %"e" = load i32, ptr %".101", !alias.scope !7, !noalias !8
  %".102" = sext i32 %"e" to i64
  %".104" = add i64 %"t0.", %"ex"
  %".105" = sitofp i64 %".104" to float
  %".106" = fmul float 0x3fc99999a0000000, %".9"
  %".107" = fadd float 0x3ff0000000000000, %".106"
  %".108" = fdiv float 0x3f947ae140000000, %".107"
  %".109" = load i32, i32* %"rng.state"
  %".110" = shl i32 %".109", 13
  %".111" = xor i32 %".109", %".110"
  %".112" = lshr i32 %".111", 17
  %".113" = xor i32 %".111", %".112"
  %".114" = shl i32 %".113", 5
  %".115" = xor i32 %".113", %".114"
  store i32 %".115", i32* %"rng.state"
  %".117" = getelementptr inbounds float, ptr %"param.mu.p", i64 0
  %".118" = getelementptr inbounds i32, ptr %"field.u.p", i64 %".102"
  %".119" = load i32, ptr %".118", !alias.scope !7, !noalias !8
  %".120" = sext i32 %".119" to i64
  %".121" = mul i64 %".120", 1
  %".122" = add i64 0, %".121"
  %".123" = getelementptr inbounds i16, ptr %"param.bu.p", i64 %".122"
  %".124" = getelementptr inbounds i32, ptr %"field.i.p", i64 %".102"
  %".125" = load i32, ptr %".124", !alias.scope !7, !noalias !8
  %".126" = sext i32 %".125" to i64
  %".127" = mul i64 %".126", 1
  %".128" = add i64 0, %".127"
  %".129" = getelementptr inbounds i16, ptr %"param.bi.p", i64 %".128"
  %".130" = mul i64 1, 50
  %".131" = mul i64 %".120", %".130"
  %".132" = add i64 0, %".131"
  %".133" = getelementptr inbounds i16, ptr %"param.L.p", i64 %".132"
  %".134" = mul i64 1, 50
  %".135" = mul i64 %".126", %".134"
  %".136" = add i64 0, %".135"
  %".137" = getelementptr inbounds i16, ptr %"param.R.p", i64 %".136"
  %".138" = getelementptr inbounds float, ptr %".117", i64 0
  %".139" = load float, ptr %".138", !alias.scope !9, !noalias !10
  %".140" = getelementptr inbounds i16, ptr %".123", i64 0
  %".141" = load i16, ptr %".140", !alias.scope !11, !noalias !12
  %".142" = sitofp i16 %".141" to float
  %".143" = fmul float %".142", 0x3f30000000000000
  %".144" = fadd float %".139", %".143"
  %".145" = getelementptr inbounds i16, ptr %".129", i64 0
  %".146" = load i16, ptr %".145", !alias.scope !13, !noalias !14
  %".147" = sitofp i16 %".146" to float
  %".148" = fmul float %".147", 0x3f30000000000000
  %".149" = fadd float %".144", %".148"
  store i64 0, i64* %"idot.acc"
  %".151" = sub i64 50, 0
  %".152" = icmp sle i64 %".151", 2
  br i1 %".152", label %"ex.body.if", label %"ex.body.else"
ex.done:
  br i1 %".17", label %"ex.done.if", label %"ex.done.endif"
ex.body.if:
  store i32 0, i32* %"idot.acc32"
  br label %"idot32.head"
ex.body.else:
  br label %"idot64.head"
ex.body.endif:
  %".190" = load i64, i64* %"idot.acc"
  %".191" = sitofp i64 %".190" to float
  %".192" = fmul float %".191", 0x3e70000000000000
  %".193" = fadd float %".149", %".192"
  %".194" = getelementptr inbounds float, ptr %"field.r.p", i64 %".102"
  %".195" = load float, ptr %".194", !alias.scope !7, !noalias !8
  %".196" = fsub float %".193", %".195"
  %".197" = fmul float %".196", %".196"
  %".198" = fmul float 0x4000000000000000, %".196"
  %".199" = fpext float %".197" to double
  %".200" = load double, double* %"loss.acc"
  %".201" = fadd double %".200", %".199"
  store double %".201", double* %"loss.acc"
  %".203" = getelementptr inbounds float, ptr %".117", i64 0
  %".204" = load float, ptr %".203", !alias.scope !9, !noalias !10
  %".205" = fmul float %".108", %".198"
  %".206" = fsub float %".204", %".205"
  %".207" = getelementptr inbounds float, ptr %".117", i64 0
  store float %".206", ptr %".207", !alias.scope !9, !noalias !10
  %".209" = getelementptr inbounds i16, ptr %".123", i64 0
  %".210" = load i16, ptr %".209", !alias.scope !11, !noalias !12
  %".211" = sitofp i16 %".210" to float
  %".212" = fmul float %".211", 0x3f30000000000000
  %".213" = fmul float 0x3fa99999a0000000, %".212"
  %".214" = fadd float %".198", %".213"
  %".215" = fmul float %".108", %".214"
  %".216" = fmul float %".215", 0x40b0000000000000
  %".217" = fsub float %".211", %".216"
  %".218" = xor i32 %".115", 2654435769
  %".219" = lshr i32 %".218", 16
  %".220" = xor i32 %".218", %".219"
  %".221" = mul i32 %".220", 2146121005
  %".222" = lshr i32 %".221", 15
  %".223" = xor i32 %".221", %".222"
  %".224" = mul i32 %".223", 2221713035
  %".225" = lshr i32 %".224", 16
  %".226" = xor i32 %".224", %".225"
  %".227" = trunc i64 0 to i32
  %".228" = mul i32 %".227", 2654435769
  %".229" = add i32 %".226", %".228"
  %".230" = lshr i32 %".229", 8
  %".231" = uitofp i32 %".230" to float
  %".232" = fmul float %".231", 0x3e70000000000000
  %".233" = fadd float %".217", %".232"
  %".234" = call float @"llvm.floor.f32"(float %".233")
  %".235" = fcmp ogt float %".234", 0x40dfffc000000000
  %".236" = select  i1 %".235", float 0x40dfffc000000000, float %".234"
  %".237" = fcmp olt float %".236", 0xc0dfffc000000000
  %".238" = select  i1 %".237", float 0xc0dfffc000000000, float %".236"
  %".239" = fcmp uno float %".238", %".238"
  %".240" = select  i1 %".239", float              0x0, float %".238"
  %".241" = fptosi float %".240" to i16
  store i16 %".241", ptr %".209", !alias.scope !11, !noalias !12
  %".243" = getelementptr inbounds i16, ptr %".129", i64 0
  %".244" = load i16, ptr %".243", !alias.scope !13, !noalias !14
  %".245" = sitofp i16 %".244" to float
  %".246" = fmul float %".245", 0x3f30000000000000
  %".247" = fmul float 0x3fa99999a0000000, %".246"
  %".248" = fadd float %".198", %".247"
  %".249" = fmul float %".108", %".248"
  %".250" = fmul float %".249", 0x40b0000000000000
  %".251" = fsub float %".245", %".250"
  %".252" = xor i32 %".115", 1013904242
  %".253" = lshr i32 %".252", 16
  %".254" = xor i32 %".252", %".253"
  %".255" = mul i32 %".254", 2146121005
  %".256" = lshr i32 %".255", 15
  %".257" = xor i32 %".255", %".256"
  %".258" = mul i32 %".257", 2221713035
  %".259" = lshr i32 %".258", 16
  %".260" = xor i32 %".258", %".259"
  %".261" = trunc i64 0 to i32
  %".262" = mul i32 %".261", 2654435769
  %".263" = add i32 %".260", %".262"
  %".264" = lshr i32 %".263", 8
  %".265" = uitofp i32 %".264" to float
  %".266" = fmul float %".265", 0x3e70000000000000
  %".267" = fadd float %".251", %".266"
  %".268" = call float @"llvm.floor.f32"(float %".267")
  %".269" = fcmp ogt float %".268", 0x40dfffc000000000
  %".270" = select  i1 %".269", float 0x40dfffc000000000, float %".268"
  %".271" = fcmp olt float %".270", 0xc0dfffc000000000
  %".272" = select  i1 %".271", float 0xc0dfffc000000000, float %".270"
  %".273" = fcmp uno float %".272", %".272"
  %".274" = select  i1 %".273", float              0x0, float %".272"
  %".275" = fptosi float %".274" to i16
  store i16 %".275", ptr %".243", !alias.scope !13, !noalias !14
  %".277" = fmul float %".108", 0x3fc99999a0000000
  %".278" = fsub float 0x3ff0000000000000, %".277"
  %".279" = fmul float %".108", %".198"
  %".280" = fmul float 0x3f30000000000000, 0x40b0000000000000
  %".281" = fmul float %".279", %".280"
  %".282" = fcmp ogt float %".278", 0x4630000000000000
  %".283" = select  i1 %".282", float 0x4630000000000000, float %".278"
  %".284" = fcmp olt float %".283", 0xc630000000000000
  %".285" = select  i1 %".284", float 0xc630000000000000, float %".283"
  %".286" = fcmp uno float %".278", %".278"
  %".287" = fcmp uno float %".281", %".281"
  %".288" = or i1 %".286", %".287"
  %".289" = select  i1 %".288", float 0x3ff0000000000000, float %".285"
  %".290" = fcmp ogt float %".281", 0x4630000000000000
  %".291" = select  i1 %".290", float 0x4630000000000000, float %".281"
  %".292" = fcmp olt float %".291", 0xc630000000000000
  %".293" = select  i1 %".292", float 0xc630000000000000, float %".291"
  %".294" = fcmp uno float %".281", %".281"
  %".295" = fcmp uno float %".278", %".278"
  %".296" = or i1 %".294", %".295"
  %".297" = select  i1 %".296", float              0x0, float %".293"
  %".298" = fmul float %".108", 0x3fc99999a0000000
  %".299" = fsub float 0x3ff0000000000000, %".298"
  %".300" = fmul float %".108", %".198"
  %".301" = fmul float 0x3f30000000000000, 0x40b0000000000000
  %".302" = fmul float %".300", %".301"
  %".303" = fcmp ogt float %".299", 0x4630000000000000
  %".304" = select  i1 %".303", float 0x4630000000000000, float %".299"
  %".305" = fcmp olt float %".304", 0xc630000000000000
  %".306" = select  i1 %".305", float 0xc630000000000000, float %".304"
  %".307" = fcmp uno float %".299", %".299"
  %".308" = fcmp uno float %".302", %".302"
  %".309" = or i1 %".307", %".308"
  %".310" = select  i1 %".309", float 0x3ff0000000000000, float %".306"
  %".311" = fcmp ogt float %".302", 0x4630000000000000
  %".312" = select  i1 %".311", float 0x4630000000000000, float %".302"
  %".313" = fcmp olt float %".312", 0xc630000000000000
  %".314" = select  i1 %".313", float 0xc630000000000000, float %".312"
  %".315" = fcmp uno float %".302", %".302"
  %".316" = fcmp uno float %".299", %".299"
  %".317" = or i1 %".315", %".316"
  %".318" = select  i1 %".317", float              0x0, float %".314"
  br label %"rows.head"
idot32.head:
  %"idot32" = phi  i64 [0, %"ex.body.if"], [%".168", %"idot32.body"]
  %".156" = icmp slt i64 %"idot32", 50
  br i1 %".156", label %"idot32.body", label %"idot32.done"
idot32.body:
  %".158" = load i32, i32* %"idot.acc32"
  %".159" = getelementptr inbounds i16, ptr %".133", i64 %"idot32"
  %".160" = load i16, ptr %".159", !alias.scope !15, !noalias !16
  %".161" = sext i16 %".160" to i32
  %".162" = getelementptr inbounds i16, ptr %".137", i64 %"idot32"
  %".163" = load i16, ptr %".162", !alias.scope !17, !noalias !18
  %".164" = sext i16 %".163" to i32
  %".165" = mul i32 %".161", %".164"
  %".166" = add i32 %".158", %".165"
  store i32 %".166", i32* %"idot.acc32"
  %".168" = add i64 %"idot32", 1
  br label %"idot32.head"
idot32.done:
  %".170" = load i32, i32* %"idot.acc32"
  %".171" = sext i32 %".170" to i64
  store i64 %".171", i64* %"idot.acc"
  br label %"ex.body.endif"
idot64.head:
  %"idot64" = phi  i64 [0, %"ex.body.else"], [%".187", %"idot64.body"]
  %".175" = icmp slt i64 %"idot64", 50
  br i1 %".175", label %"idot64.body", label %"idot64.done"
idot64.body:
  %".177" = load i64, i64* %"idot.acc"
  %".178" = getelementptr inbounds i16, ptr %".133", i64 %"idot64"
  %".179" = load i16, ptr %".178", !alias.scope !15, !noalias !16
  %".180" = sext i16 %".179" to i64
  %".181" = getelementptr inbounds i16, ptr %".137", i64 %"idot64"
  %".182" = load i16, ptr %".181", !alias.scope !17, !noalias !18
  %".183" = sext i16 %".182" to i64
  %".184" = mul i64 %".180", %".183"
  %".185" = add i64 %".177", %".184"
  store i64 %".185", i64* %"idot.acc"
  %".187" = add i64 %"idot64", 1
  br label %"idot64.head"
idot64.done:
  br label %"ex.body.endif"
rows.head:
  %"rows" = phi  i64 [0, %"ex.body.endif"], [%".388", %"rows.body"]
  %".320" = icmp slt i64 %"rows", 50
  br i1 %".320", label %"rows.body", label %"rows.done"
rows.body:
  %".322" = getelementptr inbounds i16, ptr %".137", i64 %"rows"
  %".323" = load i16, ptr %".322", !alias.scope !17, !noalias !18
  %".324" = sext i16 %".323" to i32
  %".325" = sitofp i32 %".324" to float
  %".326" = getelementptr inbounds i16, ptr %".133", i64 %"rows"
  %".327" = load i16, ptr %".326", !alias.scope !15, !noalias !16
  %".328" = sext i16 %".327" to i32
  %".329" = sitofp i32 %".328" to float
  %".330" = getelementptr inbounds i16, ptr %".133", i64 %"rows"
  %".331" = load i16, ptr %".330", !alias.scope !15, !noalias !16
  %".332" = sitofp i16 %".331" to float
  %".333" = fmul float %".332", %".289"
  %".334" = fmul float %".297", %".325"
  %".335" = fsub float %".333", %".334"
  %".336" = xor i32 %".115", 3668340011
  %".337" = lshr i32 %".336", 16
  %".338" = xor i32 %".336", %".337"
  %".339" = mul i32 %".338", 2146121005
  %".340" = lshr i32 %".339", 15
  %".341" = xor i32 %".339", %".340"
  %".342" = mul i32 %".341", 2221713035
  %".343" = lshr i32 %".342", 16
  %".344" = xor i32 %".342", %".343"
  %".345" = trunc i64 %"rows" to i32
  %".346" = mul i32 %".345", 2654435769
  %".347" = add i32 %".344", %".346"
  %".348" = lshr i32 %".347", 8
  %".349" = uitofp i32 %".348" to float
  %".350" = fmul float %".349", 0x3e70000000000000
  %".351" = fadd float %".335", %".350"
  %".352" = call float @"llvm.floor.f32"(float %".351")
  %".353" = fcmp ogt float %".352", 0x40dfffc000000000
  %".354" = select  i1 %".353", float 0x40dfffc000000000, float %".352"
  %".355" = fcmp olt float %".354", 0xc0dfffc000000000
  %".356" = select  i1 %".355", float 0xc0dfffc000000000, float %".354"
  %".357" = fptosi float %".356" to i16
  store i16 %".357", ptr %".330", !alias.scope !15, !noalias !16
  %".359" = getelementptr inbounds i16, ptr %".137", i64 %"rows"
  %".360" = load i16, ptr %".359", !alias.scope !17, !noalias !18
  %".361" = sitofp i16 %".360" to float
  %".362" = fmul float %".361", %".310"
  %".363" = fmul float %".318", %".329"
  %".364" = fsub float %".362", %".363"
  %".365" = xor i32 %".115", 2027808484
  %".366" = lshr i32 %".365", 16
  %".367" = xor i32 %".365", %".366"
  %".368" = mul i32 %".367", 2146121005
  %".369" = lshr i32 %".368", 15
  %".370" = xor i32 %".368", %".369"
  %".371" = mul i32 %".370", 2221713035
  %".372" = lshr i32 %".371", 16
  %".373" = xor i32 %".371", %".372"
  %".374" = trunc i64 %"rows" to i32
  %".375" = mul i32 %".374", 2654435769
  %".376" = add i32 %".373", %".375"
  %".377" = lshr i32 %".376", 8
  %".378" = uitofp i32 %".377" to float
  %".379" = fmul float %".378", 0x3e70000000000000
  %".380" = fadd float %".364", %".379"
  %".381" = call float @"llvm.floor.f32"(float %".380")
  %".382" = fcmp ogt float %".381", 0x40dfffc000000000
  %".383" = select  i1 %".382", float 0x40dfffc000000000, float %".381"
  %".384" = fcmp olt float %".383", 0xc0dfffc000000000
  %".385" = select  i1 %".384", float 0xc0dfffc000000000, float %".383"
  %".386" = fptosi float %".385" to i16
  store i16 %".386", ptr %".359", !alias.scope !17, !noalias !18
  %".388" = add i64 %"rows", 1
  br label %"rows.head"
rows.done:
  br i1 %".17", label %"rows.done.if", label %"rows.done.endif"
rows.done.if:
  %".391" = load i64, i64* %"push.left"
  %".392" = sub i64 %".391", 1
  store i64 %".392", i64* %"push.left"
  %".394" = icmp sle i64 %".392", 0
  br i1 %".394", label %"rows.done.if.if", label %"rows.done.if.endif"
rows.done.endif:
  %".415" = add i64 %"ex", 1
  br label %"ex.head"
rows.done.if.if:
  br label %"cp.head.1"
rows.done.if.endif:
  br label %"rows.done.endif"
cp.head.1:
  %"cp.1" = phi  i64 [0, %"rows.done.if.if"], [%".410", %"cp.body.1"]
  %".397" = icmp slt i64 %"cp.1", 1
  br i1 %".397", label %"cp.body.1", label %"cp.done.1"
cp.body.1:
  %".399" = getelementptr inbounds float, ptr %"param.mu.p", i64 %"cp.1"
  %".400" = getelementptr inbounds float, ptr %"base.mu.p", i64 %"cp.1"
  %".401" = getelementptr inbounds float, ptr %"master.mu.p", i64 %"cp.1"
  %".402" = load float, ptr %".399"
  %".403" = load float, ptr %".400"
  %".404" = fsub float %".402", %".403"
  %".405" = fmul float %".404", %".16"
  %".406" = atomicrmw fadd ptr %".401", float %".405" monotonic
  %".407" = load atomic float, ptr %".401" monotonic, align 4
  store float %".407", ptr %".399"
  store float %".407", ptr %".400"
  %".410" = add i64 %"cp.1", 1
  br label %"cp.head.1"
cp.done.1:
  store i64 %"push.", i64* %"push.left"
  br label %"rows.done.if.endif"
ex.done.if:
  br label %"cp.head.2"
ex.done.endif:
  %".435" = load double, double* %"loss.acc"
  store double %".435", ptr %"out"
  %".437" = load i32, i32* %"rng.state"
  store i32 %".437", ptr %"rng..p"
  ret void
cp.head.2:
  %"cp.2" = phi  i64 [0, %"ex.done.if"], [%".432", %"cp.body.2"]
  %".419" = icmp slt i64 %"cp.2", 1
  br i1 %".419", label %"cp.body.2", label %"cp.done.2"
cp.body.2:
  %".421" = getelementptr inbounds float, ptr %"param.mu.p", i64 %"cp.2"
  %".422" = getelementptr inbounds float, ptr %"base.mu.p", i64 %"cp.2"
  %".423" = getelementptr inbounds float, ptr %"master.mu.p", i64 %"cp.2"
  %".424" = load float, ptr %".421"
  %".425" = load float, ptr %".422"
  %".426" = fsub float %".424", %".425"
  %".427" = fmul float %".426", %".16"
  %".428" = atomicrmw fadd ptr %".423", float %".427" monotonic
  %".429" = load atomic float, ptr %".423" monotonic, align 4
  store float %".429", ptr %".421"
  store float %".429", ptr %".422"
  %".432" = add i64 %"cp.2", 1
  br label %"cp.head.2"
cp.done.2:
  br label %"ex.done.endif"
}

declare void @"llvm.prefetch.p0"(ptr %".1", i32 %".2", i32 %".3", i32 %".4")

declare float @"llvm.floor.f32"(float %".1")

define void @"sgdc_predict"(ptr %"slots", i64 %"begin", i64 %"end", ptr %"out")
{
entry:
  %".9" = getelementptr inbounds i64, ptr %"slots", i64 0
  %"param.mu" = load i64, ptr %".9"
  %"param.mu.p" = inttoptr i64 %"param.mu" to ptr
  %".11" = getelementptr inbounds i64, ptr %"slots", i64 5
  %"field.u" = load i64, ptr %".11"
  %"field.u.p" = inttoptr i64 %"field.u" to ptr
  %".17" = getelementptr inbounds i64, ptr %"slots", i64 1
  %"param.bu" = load i64, ptr %".17"
  %"param.bu.p" = inttoptr i64 %"param.bu" to ptr
  %".19" = getelementptr inbounds i64, ptr %"slots", i64 6
  %"field.i" = load i64, ptr %".19"
  %"field.i.p" = inttoptr i64 %"field.i" to ptr
  %".25" = getelementptr inbounds i64, ptr %"slots", i64 2
  %"param.bi" = load i64, ptr %".25"
  %"param.bi.p" = inttoptr i64 %"param.bi" to ptr
  %".30" = getelementptr inbounds i64, ptr %"slots", i64 3
  %"param.L" = load i64, ptr %".30"
  %"param.L.p" = inttoptr i64 %"param.L" to ptr
  %".35" = getelementptr inbounds i64, ptr %"slots", i64 4
  %"param.R" = load i64, ptr %".35"
  %"param.R.p" = inttoptr i64 %"param.R" to ptr
  %"idot.acc" = alloca i64
  %"idot.acc32" = alloca i32
  br label %"start"
start:
  br label %"ex.head"
ex.head:
  %"ex" = phi  i64 [%"begin", %"start"], [%".96", %"ex.body.endif"]
  %".7" = icmp slt i64 %"ex", %"end"
  br i1 %".7", label %"ex.body", label %"ex.done"
ex.body:
  %".10" = getelementptr inbounds float, ptr %"param.mu.p", i64 0
  %".12" = getelementptr inbounds i32, ptr %"field.u.p", i64 %"ex"
  %".13" = load i32, ptr %".12", !alias.scope !7, !noalias !8
  %".14" = sext i32 %".13" to i64
  %".15" = mul i64 %".14", 1
  %".16" = add i64 0, %".15"
  %".18" = getelementptr inbounds i16, ptr %"param.bu.p", i64 %".16"
  %".20" = getelementptr inbounds i32, ptr %"field.i.p", i64 %"ex"
  %".21" = load i32, ptr %".20", !alias.scope !7, !noalias !8
  %".22" = sext i32 %".21" to i64
  %".23" = mul i64 %".22", 1
  %".24" = add i64 0, %".23"
  %".26" = getelementptr inbounds i16, ptr %"param.bi.p", i64 %".24"
  %".27" = mul i64 1, 50
  %".28" = mul i64 %".14", %".27"
  %".29" = add i64 0, %".28"
  %".31" = getelementptr inbounds i16, ptr %"param.L.p", i64 %".29"
  %".32" = mul i64 1, 50
  %".33" = mul i64 %".22", %".32"
  %".34" = add i64 0, %".33"
  %".36" = getelementptr inbounds i16, ptr %"param.R.p", i64 %".34"
  %".37" = getelementptr inbounds float, ptr %".10", i64 0
  %".38" = load float, ptr %".37", !alias.scope !9, !noalias !10
  %".39" = getelementptr inbounds i16, ptr %".18", i64 0
  %".40" = load i16, ptr %".39", !alias.scope !11, !noalias !12
  %".41" = sitofp i16 %".40" to float
  %".42" = fmul float %".41", 0x3f30000000000000
  %".43" = fadd float %".38", %".42"
  %".44" = getelementptr inbounds i16, ptr %".26", i64 0
  %".45" = load i16, ptr %".44", !alias.scope !13, !noalias !14
  %".46" = sitofp i16 %".45" to float
  %".47" = fmul float %".46", 0x3f30000000000000
  %".48" = fadd float %".43", %".47"
  store i64 0, i64* %"idot.acc"
  %".50" = sub i64 50, 0
  %".51" = icmp sle i64 %".50", 2
  br i1 %".51", label %"ex.body.if", label %"ex.body.else"
ex.done:
  ret void
ex.body.if:
  store i32 0, i32* %"idot.acc32"
  br label %"idot32.head"
ex.body.else:
  br label %"idot64.head"
ex.body.endif:
  %".89" = load i64, i64* %"idot.acc"
  %".90" = sitofp i64 %".89" to float
  %".91" = fmul float %".90", 0x3e70000000000000
  %".92" = fadd float %".48", %".91"
  %".93" = fpext float %".92" to double
  %".94" = getelementptr inbounds double, ptr %"out", i64 %"ex"
  store double %".93", ptr %".94"
  %".96" = add i64 %"ex", 1
  br label %"ex.head"
idot32.head:
  %"idot32" = phi  i64 [0, %"ex.body.if"], [%".67", %"idot32.body"]
  %".55" = icmp slt i64 %"idot32", 50
  br i1 %".55", label %"idot32.body", label %"idot32.done"
idot32.body:
  %".57" = load i32, i32* %"idot.acc32"
  %".58" = getelementptr inbounds i16, ptr %".31", i64 %"idot32"
  %".59" = load i16, ptr %".58", !alias.scope !15, !noalias !16
  %".60" = sext i16 %".59" to i32
  %".61" = getelementptr inbounds i16, ptr %".36", i64 %"idot32"
  %".62" = load i16, ptr %".61", !alias.scope !17, !noalias !18
  %".63" = sext i16 %".62" to i32
  %".64" = mul i32 %".60", %".63"
  %".65" = add i32 %".57", %".64"
  store i32 %".65", i32* %"idot.acc32"
  %".67" = add i64 %"idot32", 1
  br label %"idot32.head"
idot32.done:
  %".69" = load i32, i32* %"idot.acc32"
  %".70" = sext i32 %".69" to i64
  store i64 %".70", i64* %"idot.acc"
  br label %"ex.body.endif"
idot64.head:
  %"idot64" = phi  i64 [0, %"ex.body.else"], [%".86", %"idot64.body"]
  %".74" = icmp slt i64 %"idot64", 50
  br i1 %".74", label %"idot64.body", label %"idot64.done"
idot64.body:
  %".76" = load i64, i64* %"idot.acc"
  %".77" = getelementptr inbounds i16, ptr %".31", i64 %"idot64"
  %".78" = load i16, ptr %".77", !alias.scope !15, !noalias !16
  %".79" = sext i16 %".78" to i64
  %".80" = getelementptr inbounds i16, ptr %".36", i64 %"idot64"
  %".81" = load i16, ptr %".80", !alias.scope !17, !noalias !18
  %".82" = sext i16 %".81" to i64
  %".83" = mul i64 %".79", %".82"
  %".84" = add i64 %".76", %".83"
  store i64 %".84", i64* %"idot.acc"
  %".86" = add i64 %"idot64", 1
  br label %"idot64.head"
idot64.done:
  br label %"ex.body.endif"
}

define void @"sgdc_losses"(ptr %"slots", i64 %"begin", i64 %"end", ptr %"out")
{
entry:
  %".9" = getelementptr inbounds i64, ptr %"slots", i64 0
  %"param.mu" = load i64, ptr %".9"
  %"param.mu.p" = inttoptr i64 %"param.mu" to ptr
  %".11" = getelementptr inbounds i64, ptr %"slots", i64 5
  %"field.u" = load i64, ptr %".11"
  %"field.u.p" = inttoptr i64 %"field.u" to ptr
  %".17" = getelementptr inbounds i64, ptr %"slots", i64 1
  %"param.bu" = load i64, ptr %".17"
  %"param.bu.p" = inttoptr i64 %"param.bu" to ptr
  %".19" = getelementptr inbounds i64, ptr %"slots", i64 6
  %"field.i" = load i64, ptr %".19"
  %"field.i.p" = inttoptr i64 %"field.i" to ptr
  %".25" = getelementptr inbounds i64, ptr %"slots", i64 2
  %"param.bi" = load i64, ptr %".25"
  %"param.bi.p" = inttoptr i64 %"param.bi" to ptr
  %".30" = getelementptr inbounds i64, ptr %"slots", i64 3
  %"param.L" = load i64, ptr %".30"
  %"param.L.p" = inttoptr i64 %"param.L" to ptr
  %".35" = getelementptr inbounds i64, ptr %"slots", i64 4
  %"param.R" = load i64, ptr %".35"
  %"param.R.p" = inttoptr i64 %"param.R" to ptr
  %"idot.acc" = alloca i64
  %"idot.acc32" = alloca i32
  %".93" = getelementptr inbounds i64, ptr %"slots", i64 7
  %"field.r" = load i64, ptr %".93"
  %"field.r.p" = inttoptr i64 %"field.r" to ptr
  br label %"start"
start:
  br label %"ex.head"
ex.head:
  %"ex" = phi  i64 [%"begin", %"start"], [%".101", %"ex.body.endif"]
  %".7" = icmp slt i64 %"ex", %"end"
  br i1 %".7", label %"ex.body", label %"ex.done"
ex.body:
  %".10" = getelementptr inbounds float, ptr %"param.mu.p", i64 0
  %".12" = getelementptr inbounds i32, ptr %"field.u.p", i64 %"ex"
  %".13" = load i32, ptr %".12", !alias.scope !7, !noalias !8
  %".14" = sext i32 %".13" to i64
  %".15" = mul i64 %".14", 1
  %".16" = add i64 0, %".15"
  %".18" = getelementptr inbounds i16, ptr %"param.bu.p", i64 %".16"
  %".20" = getelementptr inbounds i32, ptr %"field.i.p", i64 %"ex"
  %".21" = load i32, ptr %".20", !alias.scope !7, !noalias !8
  %".22" = sext i32 %".21" to i64
  %".23" = mul i64 %".22", 1
  %".24" = add i64 0, %".23"
  %".26" = getelementptr inbounds i16, ptr %"param.bi.p", i64 %".24"
  %".27" = mul i64 1, 50
  %".28" = mul i64 %".14", %".27"
  %".29" = add i64 0, %".28"
  %".31" = getelementptr inbounds i16, ptr %"param.L.p", i64 %".29"
  %".32" = mul i64 1, 50
  %".33" = mul i64 %".22", %".32"
  %".34" = add i64 0, %".33"
  %".36" = getelementptr inbounds i16, ptr %"param.R.p", i64 %".34"
  %".37" = getelementptr inbounds float, ptr %".10", i64 0
  %".38" = load float, ptr %".37", !alias.scope !9, !noalias !10
  %".39" = getelementptr inbounds i16, ptr %".18", i64 0
  %".40" = load i16, ptr %".39", !alias.scope !11, !noalias !12
  %".41" = sitofp i16 %".40" to float
  %".42" = fmul float %".41", 0x3f30000000000000
  %".43" = fadd float %".38", %".42"
  %".44" = getelementptr inbounds i16, ptr %".26", i64 0
  %".45" = load i16, ptr %".44", !alias.scope !13, !noalias !14
  %".46" = sitofp i16 %".45" to float
  %".47" = fmul float %".46", 0x3f30000000000000
  %".48" = fadd float %".43", %".47"
  store i64 0, i64* %"idot.acc"
  %".50" = sub i64 50, 0
  %".51" = icmp sle i64 %".50", 2
  br i1 %".51", label %"ex.body.if", label %"ex.body.else"
ex.done:
  ret void
ex.body.if:
  store i32 0, i32* %"idot.acc32"
  br label %"idot32.head"
ex.body.else:
  br label %"idot64.head"
ex.body.endif:
  %".89" = load i64, i64* %"idot.acc"
  %".90" = sitofp i64 %".89" to float
  %".91" = fmul float %".90", 0x3e70000000000000
  %".92" = fadd float %".48", %".91"
  %".94" = getelementptr inbounds float, ptr %"field.r.p", i64 %"ex"
  %".95" = load float, ptr %".94", !alias.scope !7, !noalias !8
  %".96" = fsub float %".92", %".95"
  %".97" = fmul float %".96", %".96"
  %".98" = fpext float %".97" to double
  %".99" = getelementptr inbounds double, ptr %"out", i64 %"ex"
  store double %".98", ptr %".99"
  %".101" = add i64 %"ex", 1
  br label %"ex.head"
idot32.head:
  %"idot32" = phi  i64 [0, %"ex.body.if"], [%".67", %"idot32.body"]
  %".55" = icmp slt i64 %"idot32", 50
  br i1 %".55", label %"idot32.body", label %"idot32.done"
idot32.body:
  %".57" = load i32, i32* %"idot.acc32"
  %".58" = getelementptr inbounds i16, ptr %".31", i64 %"idot32"
  %".59" = load i16, ptr %".58", !alias.scope !15, !noalias !16
  %".60" = sext i16 %".59" to i32
  %".61" = getelementptr inbounds i16, ptr %".36", i64 %"idot32"
  %".62" = load i16, ptr %".61", !alias.scope !17, !noalias !18
  %".63" = sext i16 %".62" to i32
  %".64" = mul i32 %".60", %".63"
  %".65" = add i32 %".57", %".64"
  store i32 %".65", i32* %"idot.acc32"
  %".67" = add i64 %"idot32", 1
  br label %"idot32.head"
idot32.done:
  %".69" = load i32, i32* %"idot.acc32"
  %".70" = sext i32 %".69" to i64
  store i64 %".70", i64* %"idot.acc"
  br label %"ex.body.endif"
idot64.head:
  %"idot64" = phi  i64 [0, %"ex.body.else"], [%".86", %"idot64.body"]
  %".74" = icmp slt i64 %"idot64", 50
  br i1 %".74", label %"idot64.body", label %"idot64.done"
idot64.body:
  %".76" = load i64, i64* %"idot.acc"
  %".77" = getelementptr inbounds i16, ptr %".31", i64 %"idot64"
  %".78" = load i16, ptr %".77", !alias.scope !15, !noalias !16
  %".79" = sext i16 %".78" to i64
  %".80" = getelementptr inbounds i16, ptr %".36", i64 %"idot64"
  %".81" = load i16, ptr %".80", !alias.scope !17, !noalias !18
  %".82" = sext i16 %".81" to i64
  %".83" = mul i64 %".79", %".82"
  %".84" = add i64 %".76", %".83"
  store i64 %".84", i64* %"idot.acc"
  %".86" = add i64 %"idot64", 1
  br label %"idot64.head"
idot64.done:
  br label %"ex.body.endif"
}

!0 = !{ !"sgdc.buffers" }
!1 = !{ !"sgdc.buffer.data", !0 }
!2 = !{ !"sgdc.buffer.mu", !0 }
!3 = !{ !"sgdc.buffer.bu", !0 }
!4 = !{ !"sgdc.buffer.bi", !0 }
!5 = !{ !"sgdc.buffer.L", !0 }
!6 = !{ !"sgdc.buffer.R", !0 }
!7 = !{ !1 }
!8 = !{ !2, !3, !4, !5, !6 }
!9 = !{ !2 }
!10 = !{ !1, !3, !4, !5, !6 }
!11 = !{ !3 }
!12 = !{ !1, !2, !4, !5, !6 }
!13 = !{ !4 }
!14 = !{ !1, !2, !3, !5, !6 }
!15 = !{ !5 }
!16 = !{ !1, !2, !3, !4, !6 }
!17 = !{ !6 }
!18 = !{ !1, !2, !3, !4, !5 }