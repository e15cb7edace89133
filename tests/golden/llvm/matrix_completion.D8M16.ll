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
  %".72" = getelementptr inbounds i64, ptr %"slots", i64 2
  %"param.bi" = load i64, ptr %".72"
  %"param.bi.p" = inttoptr i64 %"param.bi" to ptr
  %".83" = getelementptr inbounds i64, ptr %"slots", i64 3
  %"param.L" = load i64, ptr %".83"
  %"param.L.p" = inttoptr i64 %"param.L" to ptr
  %".96" = getelementptr inbounds i64, ptr %"slots", i64 4
  %"param.R" = load i64, ptr %".96"
  %"param.R.p" = inttoptr i64 %"param.R" to ptr
  %".107" = getelementptr inbounds i64, ptr %"slots", i64 12
  %"t0." = load i64, ptr %".107"
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
  %"ex" = phi  i64 [%"begin", %"start.endif"], [%".419", %"rows.done.endif"]
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
  %".67" = getelementptr i8, ptr %".64", i64 1
  call void @"llvm.prefetch.p0"(ptr %".67", i32 0, i32 3, i32 1)
  %".69" = getelementptr inbounds i32, ptr %"field.i.p", i64 %".58"
  %".70" = load i32, ptr %".69"
  %".71" = sext i32 %".70" to i64
  %".73" = mul i64 %".71", 1
  %".74" = getelementptr inbounds i16, ptr %"param.bi.p", i64 %".73"
  %".75" = getelementptr i8, ptr %".74", i64 0
  call void @"llvm.prefetch.p0"(ptr %".75", i32 0, i32 3, i32 1)
  %".77" = getelementptr i8, ptr %".74", i64 1
  call void @"llvm.prefetch.p0"(ptr %".77", i32 0, i32 3, i32 1)
  %".79" = getelementptr inbounds i32, ptr %"field.u.p", i64 %".58"
  %".80" = load i32, ptr %".79"
  %".81" = sext i32 %".80" to i64
  %".82" = mul i64 1, 50
  %".84" = mul i64 %".81", %".82"
  %".85" = getelementptr inbounds i16, ptr %"param.L.p", i64 %".84"
  %".86" = getelementptr i8, ptr %".85", i64 0
  call void @"llvm.prefetch.p0"(ptr %".86", i32 0, i32 3, i32 1)
  %".88" = getelementptr i8, ptr %".85", i64 64
  call void @"llvm.prefetch.p0"(ptr %".88", i32 0, i32 3, i32 1)
  %".90" = getelementptr i8, ptr %".85", i64 99
  call void @"llvm.prefetch.p0"(ptr %".90", i32 0, i32 3, i32 1)
  %".92" = getelementptr inbounds i32, ptr %"field.i.p", i64 %".58"
  %".93" = load i32, ptr %".92"
  %".94" = sext i32 %".93" to i64
  %".95" = mul i64 1, 50
  %".97" = mul i64 %".94", %".95"
  %".98" = getelementptr inbounds i16, ptr %"param.R.p", i64 %".97"
  %".99" = getelementptr i8, ptr %".98", i64 0
  call void @"llvm.prefetch.p0"(ptr %".99", i32 0, i32 3, i32 1)
  %".101" = getelementptr i8, ptr %".98", i64 64
  call void @"llvm.prefetch.p0"(ptr %".101", i32 0, i32 3, i32 1)
  %".103" = getelementptr i8, ptr %".98", i64 99
  call void @"llvm.prefetch.p0"(ptr %".103", i32 0, i32 3, i32 1)
  %".105" = getelementptr inbounds i32, ptr %"order..p", i64 %"ex"
  %"e" = load i32, ptr %".105", !alias.scope !7, !noalias !8
  %".106" = sext i32 %"e" to i64
  %".108" = add i64 %"t0.", %"ex"
  %".109" = sitofp i64 %".108" to float
  %".110" = fmul float 0x3fc99999a0000000, %".9"
  %".111" = fadd float 0x3ff0000000000000, %".110"
  %".112" = fdiv float 0x3f947ae140000000, %".111"
  %".113" = load i32, i32* %"rng.state"
  %".114" = shl i32 %".113", 13
  %".115" = xor i32 %".113", %".114"
  %".116" = lshr i32 %".115", 17
  %".117" = xor i32 %".115", %".116"
  %".118" = shl i32 %".117", 5
  %".119" = xor i32 %".117", %".118"
  store i32 %".119", i32* %"rng.state"
  %".121" = getelementptr inbounds float, ptr %"param.mu.p", i64 0
  %".122" = getelementptr inbounds i32, ptr %"field.u.p", i64 %".106"
  %".123" = load i32, ptr %".122", !alias.scope !7, !noalias !8
  %".124" = sext i32 %".123" to i64
  %".125" = mul i64 %".124", 1
  %".126" = add i64 0, %".125"
  %".127" = getelementptr inbounds i16, ptr %"param.bu.p", i64 %".126"
  %".128" = getelementptr inbounds i32, ptr %"field.i.p", i64 %".106"
  %".129" = load i32, ptr %".128", !alias.scope !7, !noalias !8
  %".130" = sext i32 %".129" to i64
  %".131" = mul i64 %".130", 1
  %".132" = add i64 0, %".131"
  %".133" = getelementptr inbounds i16, ptr %"param.bi.p", i64 %".132"
  %".134" = mul i64 1, 50
  %".135" = mul i64 %".124", %".134"
  %".136" = add i64 0, %".135"
  %".137" = getelementptr inbounds i16, ptr %"param.L.p", i64 %".136"
  %".138" = mul i64 1, 50
  %".139" = mul i64 %".130", %".138"
  %".140" = add i64 0, %".139"
  %".141" = getelementptr inbounds i16, ptr %"param.R.p", i64 %".140"
  %".142" = getelementptr inbounds float, ptr %".121", i64 0
  %".143" = load float, ptr %".142", !alias.scope !9, !noalias !10
  %".144" = getelementptr inbounds i16, ptr %".127", i64 0
  %".145" = load i16, ptr %".144", !alias.scope !11, !noalias !12
  %".146" = sitofp i16 %".145" to float
  %".147" = fmul float %".146", 0x3f30000000000000
  %".148" = fadd float %".143", %".147"
  %".149" = getelementptr inbounds i16, ptr %".133", i64 0
  %".150" = load i16, ptr %".149", !alias.scope !13, !noalias !14
  %".151" = sitofp i16 %".150" to float
  %".152" = fmul float %".151", 0x3f30000000000000
  %".153" = fadd float %".148", %".152"
  store i64 0, i64* %"idot.acc"
  %".155" = sub i64 50, 0
  %".156" = icmp sle i64 %".155", 2
  br i1 %".156", label %"ex.body.if", label %"ex.body.else"
ex.done:
  br i1 %".17", label %"ex.done.if", label %"ex.done.endif"
ex.body.if:
  store i32 0, i32* %"idot.acc32"
  br label %"idot32.head"
ex.body.else:
  br label %"idot64.head"
ex.body.endif:
  %".194" = load i64, i64* %"idot.acc"
  %".195" = sitofp i64 %".194" to float
  %".196" = fmul float %".195", 0x3e70000000000000
  %".197" = fadd float %".153", %".196"
  %".198" = getelementptr inbounds float, ptr %"field.r.p", i64 %".106"
  %".199" = load float, ptr %".198", !alias.scope !7, !noalias !8
  %".200" = fsub float %".197", %".199"
  %".201" = fmul float %".200", %".200"
  %".202" = fmul float 0x4000000000000000, %".200"
  %".203" = fpext float %".201" to double
  %".204" = load double, double* %"loss.acc"
  %".205" = fadd double %".204", %".203"
  store double %".205", double* %"loss.acc"
  %".207" = getelementptr inbounds float, ptr %".121", i64 0
  %".208" = load float, ptr %".207", !alias.scope !9, !noalias !10
  %".209" = fmul float %".112", %".202"
  %".210" = fsub float %".208", %".209"
  %".211" = getelementptr inbounds float, ptr %".121", i64 0
  store float %".210", ptr %".211", !alias.scope !9, !noalias !10
  %".213" = getelementptr inbounds i16, ptr %".127", i64 0
  %".214" = load i16, ptr %".213", !alias.scope !11, !noalias !12
  %".215" = sitofp i16 %".214" to float
  %".216" = fmul float %".215", 0x3f30000000000000
  %".217" = fmul float 0x3fa99999a0000000, %".216"
  %".218" = fadd float %".202", %".217"
  %".219" = fmul float %".112", %".218"
  %".220" = fmul float %".219", 0x40b0000000000000
  %".221" = fsub float %".215", %".220"
  %".222" = xor i32 %".119", 2654435769
  %".223" = lshr i32 %".222", 16
  %".224" = xor i32 %".222", %".223"
  %".225" = mul i32 %".224", 2146121005
  %".226" = lshr i32 %".225", 15
  %".227" = xor i32 %".225", %".226"
  %".228" = mul i32 %".227", 2221713035
  %".229" = lshr i32 %".228", 16
  %".230" = xor i32 %".228", %".229"
  %".231" = trunc i64 0 to i32
  %".232" = mul i32 %".231", 2654435769
  %".233" = add i32 %".230", %".232"
  %".234" = lshr i32 %".233", 8
  %".235" = uitofp i32 %".234" to float
  %".236" = fmul float %".235", 0x3e70000000000000
  %".237" = fadd float %".221", %".236"
  %".238" = call float @"llvm.floor.f32"(float %".237")
  %".239" = fcmp ogt float %".238", 0x40dfffc000000000
  %".240" = select  i1 %".239", float 0x40dfffc000000000, float %".238"
  %".241" = fcmp olt float %".240", 0xc0dfffc000000000
  %".242" = select  i1 %".241", float 0xc0dfffc000000000, float %".240"
  %".243" = fcmp uno float %".242", %".242"
  %".244" = select  i1 %".243", float              0x0, float %".242"
  %".245" = fptosi float %".244" to i16
  store i16 %".245", ptr %".213", !alias.scope !11, !noalias !12
  %".247" = getelementptr inbounds i16, ptr %".133", i64 0
  %".248" = load i16, ptr %".247", !alias.scope !13, !noalias !14
  %".249" = sitofp i16 %".248" to float
  %".250" = fmul float %".249", 0x3f30000000000000
  %".251" = fmul float 0x3fa99999a0000000, %".250"
  %".252" = fadd float %".202", %".251"
  %".253" = fmul float %".112", %".252"
  %".254" = fmul float %".253", 0x40b0000000000000
  %".255" = fsub float %".249", %".254"
  %".256" = xor i32 %".119", 1013904242
  %".257" = lshr i32 %".256", 16
  %".258" = xor i32 %".256", %".257"
  %".259" = mul i32 %".258", 2146121005
  %".260" = lshr i32 %".259", 15
  %".261" = xor i32 %".259", %".260"
  %".262" = mul i32 %".261", 2221713035
  %".263" = lshr i32 %".262", 16
  %".264" = xor i32 %".262", %".263"
  %".265" = trunc i64 0 to i32
  %".266" = mul i32 %".265", 2654435769
  %".267" = add i32 %".264", %".266"
  %".268" = lshr i32 %".267", 8
  %".269" = uitofp i32 %".268" to float
  %".270" = fmul float %".269", 0x3e70000000000000
  %".271" = fadd float %".255", %".270"
  %".272" = call float @"llvm.floor.f32"(float %".271")
  %".273" = fcmp ogt float %".272", 0x40dfffc000000000
  %".274" = select  i1 %".273", float 0x40dfffc000000000, float %".272"
  %".275" = fcmp olt float %".274", 0xc0dfffc000000000
  %".276" = select  i1 %".275", float 0xc0dfffc000000000, float %".274"
  %".277" = fcmp uno float %".276", %".276"
  %".278" = select  i1 %".277", float              0x0, float %".276"
  %".279" = fptosi float %".278" to i16
  store i16 %".279", ptr %".247", !alias.scope !13, !noalias !14
  %".281" = fmul float %".112", 0x3fc99999a0000000
  %".282" = fsub float 0x3ff0000000000000, %".281"
  %".283" = fmul float %".112", %".202"
  %".284" = fmul float 0x3f30000000000000, 0x40b0000000000000
  %".285" = fmul float %".283", %".284"
  %".286" = fcmp ogt float %".282", 0x4630000000000000
  %".287" = select  i1 %".286", float 0x4630000000000000, float %".282"
  %".288" = fcmp olt float %".287", 0xc630000000000000
  %".289" = select  i1 %".288", float 0xc630000000000000, float %".287"
  %".290" = fcmp uno float %".282", %".282"
  %".291" = fcmp uno float %".285", %".285"
  %".292" = or i1 %".290", %".291"
  %".293" = select  i1 %".292", float 0x3ff0000000000000, float %".289"
  %".294" = fcmp ogt float %".285", 0x4630000000000000
  %".295" = select  i1 %".294", float 0x4630000000000000, float %".285"
  %".296" = fcmp olt float %".295", 0xc630000000000000
  %".297" = select  i1 %".296", float 0xc630000000000000, float %".295"
  %".298" = fcmp uno float %".285", %".285"
  %".299" = fcmp uno float %".282", %".282"
  %".300" = or i1 %".298", %".299"
  %".301" = select  i1 %".300", float              0x0, float %".297"
  %".302" = fmul float %".112", 0x3fc99999a0000000
  %".303" = fsub float 0x3ff0000000000000, %".302"
  %".304" = fmul float %".112", %".202"
  %".305" = fmul float 0x3f30000000000000, 0x40b0000000000000
  %".306" = fmul float %".304", %".305"
  %".307" = fcmp ogt float %".303", 0x4630000000000000
  %".308" = select  i1 %".307", float 0x4630000000000000, float %".303"
  %".309" = fcmp olt float %".308", 0xc630000000000000
  %".310" = select  i1 %".309", float 0xc630000000000000, float %".308"
  %".311" = fcmp uno float %".303", %".303"
  %".312" = fcmp uno float %".306", %".306"
  %".313" = or i1 %".311", %".312"
  %".314" = select  i1 %".313", float 0x3ff0000000000000, float %".310"
  %".315" = fcmp ogt float %".306", 0x4630000000000000
  %".316" = select  i1 %".315", float 0x4630000000000000, float %".306"
  %".317" = fcmp olt float %".316", 0xc630000000000000
  %".318" = select  i1 %".317", float 0xc630000000000000, float %".316"
  %".319" = fcmp uno float %".306", %".306"
  %".320" = fcmp uno float %".303", %".303"
  %".321" = or i1 %".319", %".320"
  %".322" = select  i1 %".321", float              0x0, float %".318"
  br label %"rows.head"
idot32.head:
  %"idot32" = phi  i64 [0, %"ex.body.if"], [%".172", %"idot32.body"]
  %".160" = icmp slt i64 %"idot32", 50
  br i1 %".160", label %"idot32.body", label %"idot32.done"
idot32.body:
  %".162" = load i32, i32* %"idot.acc32"
  %".163" = getelementptr inbounds i16, ptr %".137", i64 %"idot32"
  %".164" = load i16, ptr %".163", !alias.scope !15, !noalias !16
  %".165" = sext i16 %".164" to i32
  %".166" = getelementptr inbounds i16, ptr %".141", i64 %"idot32"
  %".167" = load i16, ptr %".166", !alias.scope !17, !noalias !18
  %".168" = sext i16 %".167" to i32
  %".169" = mul i32 %".165", %".168"
  %".170" = add i32 %".162", %".169"
  store i32 %".170", i32* %"idot.acc32"
  %".172" = add i64 %"idot32", 1
  br label %"idot32.head"
idot32.done:
  %".174" = load i32, i32* %"idot.acc32"
  %".175" = sext i32 %".174" to i64
  store i64 %".175", i64* %"idot.acc"
  br label %"ex.body.endif"
idot64.head:
  %"idot64" = phi  i64 [0, %"ex.body.else"], [%".191", %"idot64.body"]
  %".179" = icmp slt i64 %"idot64", 50
  br i1 %".179", label %"idot64.body", label %"idot64.done"
idot64.body:
  %".181" = load i64, i64* %"idot.acc"
  %".182" = getelementptr inbounds i16, ptr %".137", i64 %"idot64"
  %".183" = load i16, ptr %".182", !alias.scope !15, !noalias !16
  %".184" = sext i16 %".183" to i64
  %".185" = getelementptr inbounds i16, ptr %".141", i64 %"idot64"
  %".186" = load i16, ptr %".185", !alias.scope !17, !noalias !18
  %".187" = sext i16 %".186" to i64
  %".188" = mul i64 %".184", %".187"
  %".189" = add i64 %".181", %".188"
  store i64 %".189", i64* %"idot.acc"
  %".191" = add i64 %"idot64", 1
  br label %"idot64.head"
idot64.done:
  br label %"ex.body.endif"
rows.head:
  %"rows" = phi  i64 [0, %"ex.body.endif"], [%".392", %"rows.body"]
  %".324" = icmp slt i64 %"rows", 50
  br i1 %".324", label %"rows.body", label %"rows.done"
rows.body:
  %".326" = getelementptr inbounds i16, ptr %".141", i64 %"rows"
  %".327" = load i16, ptr %".326", !alias.scope !17, !noalias !18
  %".328" = sext i16 %".327" to i32
  %".329" = sitofp i32 %".328" to float
  %".330" = getelementptr inbounds i16, ptr %".137", i64 %"rows"
  %".331" = load i16, ptr %".330", !alias.scope !15, !noalias !16
  %".332" = sext i16 %".331" to i32
  %".333" = sitofp i32 %".332" to float
  %".334" = getelementptr inbounds i16, ptr %".137", i64 %"rows"
  %".335" = load i16, ptr %".334", !alias.scope !15, !noalias !16
  %".336" = sitofp i16 %".335" to float
  %".337" = fmul float %".336", %".293"
  %".338" = fmul float %".301", %".329"
  %".339" = fsub float %".337", %".338"
  %".340" = xor i32 %".119", 3668340011
  %".341" = lshr i32 %".340", 16
  %".342" = xor i32 %".340", %".341"
  %".343" = mul i32 %".342", 2146121005
  %".344" = lshr i32 %".343", 15
  %".345" = xor i32 %".343", %".344"
  %".346" = mul i32 %".345", 2221713035
  %".347" = lshr i32 %".346", 16
  %".348" = xor i32 %".346", %".347"
  %".349" = trunc i64 %"rows" to i32
  %".350" = mul i32 %".349", 2654435769
  %".351" = add i32 %".348", %".350"
  %".352" = lshr i32 %".351", 8
  %".353" = uitofp i32 %".352" to float
  %".354" = fmul float %".353", 0x3e70000000000000
  %".355" = fadd float %".339", %".354"
  %".356" = call float @"llvm.floor.f32"(float %".355")
  %".357" = fcmp ogt float %".356", 0x40dfffc000000000
  %".358" = select  i1 %".357", float 0x40dfffc000000000, float %".356"
  %".359" = fcmp olt float %".358", 0xc0dfffc000000000
  %".360" = select  i1 %".359", float 0xc0dfffc000000000, float %".358"
  %".361" = fptosi float %".360" to i16
  store i16 %".361", ptr %".334", !alias.scope !15, !noalias !16
  %".363" = getelementptr inbounds i16, ptr %".141", i64 %"rows"
  %".364" = load i16, ptr %".363", !alias.scope !17, !noalias !18
  %".365" = sitofp i16 %".364" to float
  %".366" = fmul float %".365", %".314"
  %".367" = fmul float %".322", %".333"
  %".368" = fsub float %".366", %".367"
  %".369" = xor i32 %".119", 2027808484
  %".370" = lshr i32 %".369", 16
  %".371" = xor i32 %".369", %".370"
  %".372" = mul i32 %".371", 2146121005
  %".373" = lshr i32 %".372", 15
  %".374" = xor i32 %".372", %".373"
  %".375" = mul i32 %".374", 2221713035
  %".376" = lshr i32 %".375", 16
  %".377" = xor i32 %".375", %".376"
  %".378" = trunc i64 %"rows" to i32
  %".379" = mul i32 %".378", 2654435769
  %".380" = add i32 %".377", %".379"
  %".381" = lshr i32 %".380", 8
  %".382" = uitofp i32 %".381" to float
  %".383" = fmul float %".382", 0x3e70000000000000
  %".384" = fadd float %".368", %".383"
  %".385" = call float @"llvm.floor.f32"(float %".384")
  %".386" = fcmp ogt float %".385", 0x40dfffc000000000
  %".387" = select  i1 %".386", float 0x40dfffc000000000, float %".385"
  %".388" = fcmp olt float %".387", 0xc0dfffc000000000
  %".389" = select  i1 %".388", float 0xc0dfffc000000000, float %".387"
  %".390" = fptosi float %".389" to i16
  store i16 %".390", ptr %".363", !alias.scope !17, !noalias !18
  %".392" = add i64 %"rows", 1
  br label %"rows.head"
rows.done:
  br i1 %".17", label %"rows.done.if", label %"rows.done.endif"
rows.done.if:
  %".395" = load i64, i64* %"push.left"
  %".396" = sub i64 %".395", 1
  store i64 %".396", i64* %"push.left"
  %".398" = icmp sle i64 %".396", 0
  br i1 %".398", label %"rows.done.if.if", label %"rows.done.if.endif"
rows.done.endif:
  %".419" = add i64 %"ex", 1
  br label %"ex.head"
rows.done.if.if:
  br label %"cp.head.1"
rows.done.if.endif:
  br label %"rows.done.endif"
cp.head.1:
  %"cp.1" = phi  i64 [0, %"rows.done.if.if"], [%".414", %"cp.body.1"]
  %".401" = icmp slt i64 %"cp.1", 1
  br i1 %".401", label %"cp.body.1", label %"cp.done.1"
cp.body.1:
  %".403" = getelementptr inbounds float, ptr %"param.mu.p", i64 %"cp.1"
  %".404" = getelementptr inbounds float, ptr %"base.mu.p", i64 %"cp.1"
  %".405" = getelementptr inbounds float, ptr %"master.mu.p", i64 %"cp.1"
  %".406" = load float, ptr %".403"
  %".407" = load float, ptr %".404"
  %".408" = fsub float %".406", %".407"
  %".409" = fmul float %".408", %".16"
  %".410" = atomicrmw fadd ptr %".405", float %".409" monotonic
  %".411" = load atomic float, ptr %".405" monotonic, align 4
  store float %".411", ptr %".403"
  store float %".411", ptr %".404"
  %".414" = add i64 %"cp.1", 1
  br label %"cp.head.1"
cp.done.1:
  store i64 %"push.", i64* %"push.left"
  br label %"rows.done.if.endif"
ex.done.if:
  br label %"cp.head.2"
ex.done.endif:
  %".439" = load double, double* %"loss.acc"
  store double %".439", ptr %"out"
  %".441" = load i32, i32* %"rng.state"
  store i32 %".441", ptr %"rng..p"
  ret void
cp.head.2:
  %"cp.2" = phi  i64 [0, %"ex.done.if"], [%".436", %"cp.body.2"]
  %".423" = icmp slt i64 %"cp.2", 1
  br i1 %".423", label %"cp.body.2", label %"cp.done.2"
cp.body.2:
  %".425" = getelementptr inbounds float, ptr %"param.mu.p", i64 %"cp.2"
  %".426" = getelementptr inbounds float, ptr %"base.mu.p", i64 %"cp.2"
  %".427" = getelementptr inbounds float, ptr %"master.mu.p", i64 %"cp.2"
  %".428" = load float, ptr %".425"
  %".429" = load float, ptr %".426"
  %".430" = fsub float %".428", %".429"
  %".431" = fmul float %".430", %".16"
  %".432" = atomicrmw fadd ptr %".427", float %".431" monotonic
  %".433" = load atomic float, ptr %".427" monotonic, align 4
  store float %".433", ptr %".425"
  store float %".433", ptr %".426"
  %".436" = add i64 %"cp.2", 1
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