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
  %"pairs.acc" = alloca <8 x i64>
  %"pairs.total" = alloca i64
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
  %"ex" = phi  i64 [%"begin", %"start.endif"], [%".416", %"rows.done.endif"]
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
  store <8 x i64> <i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0>, <8 x i64>* %"pairs.acc"
  %".151" = sdiv i64 50, 16
  br label %"pdot.head"
ex.done:
  br i1 %".17", label %"ex.done.if", label %"ex.done.endif"
pdot.head:
  %"pdot" = phi  i64 [0, %"ex.body"], [%".170", %"pdot.body"]
  %".153" = icmp slt i64 %"pdot", %".151"
  br i1 %".153", label %"pdot.body", label %"pdot.done"
pdot.body:
  %".155" = mul i64 %"pdot", 16
  %".156" = getelementptr i16, ptr %".133", i64 %".155"
  %".157" = load <16 x i16>, ptr %".156", align 2, !alias.scope !15, !noalias !16
  %".158" = sext <16 x i16> %".157" to <16 x i32>
  %".159" = getelementptr i16, ptr %".137", i64 %".155"
  %".160" = load <16 x i16>, ptr %".159", align 2, !alias.scope !17, !noalias !18
  %".161" = sext <16 x i16> %".160" to <16 x i32>
  %".162" = mul <16 x i32> %".158", %".161"
  %".163" = shufflevector <16 x i32> %".162", <16 x i32> %".162", <8 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14>
  %".164" = shufflevector <16 x i32> %".162", <16 x i32> %".162", <8 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15>
  %".165" = load <8 x i64>, <8 x i64>* %"pairs.acc"
  %".166" = add <8 x i32> %".163", %".164"
  %".167" = sext <8 x i32> %".166" to <8 x i64>
  %".168" = add <8 x i64> %".165", %".167"
  store <8 x i64> %".168", <8 x i64>* %"pairs.acc"
  %".170" = add i64 %"pdot", 1
  br label %"pdot.head"
pdot.done:
  %".172" = load <8 x i64>, <8 x i64>* %"pairs.acc"
  %".173" = call i64 @"llvm.vector.reduce.add.v8i64"(<8 x i64> %".172")
  store i64 %".173", i64* %"pairs.total"
  %".175" = mul i64 %".151", 16
  br label %"ptail.head"
ptail.head:
  %"ptail" = phi  i64 [%".175", %"pdot.done"], [%".189", %"ptail.body"]
  %".177" = icmp slt i64 %"ptail", 50
  br i1 %".177", label %"ptail.body", label %"ptail.done"
ptail.body:
  %".179" = load i64, i64* %"pairs.total"
  %".180" = getelementptr inbounds i16, ptr %".133", i64 %"ptail"
  %".181" = load i16, ptr %".180", !alias.scope !15, !noalias !16
  %".182" = sext i16 %".181" to i64
  %".183" = getelementptr inbounds i16, ptr %".137", i64 %"ptail"
  %".184" = load i16, ptr %".183", !alias.scope !17, !noalias !18
  %".185" = sext i16 %".184" to i64
  %".186" = mul i64 %".182", %".185"
  %".187" = add i64 %".179", %".186"
  store i64 %".187", i64* %"pairs.total"
  %".189" = add i64 %"ptail", 1
  br label %"ptail.head"
ptail.done:
  %".191" = load i64, i64* %"pairs.total"
  %".192" = sitofp i64 %".191" to float
  %".193" = fmul float %".192", 0x3e70000000000000
  %".194" = fadd float %".149", %".193"
  %".195" = getelementptr inbounds float, ptr %"field.r.p", i64 %".102"
  %".196" = load float, ptr %".195", !alias.scope !7, !noalias !8
  %".197" = fsub float %".194", %".196"
  %".198" = fmul float %".197", %".197"
  %".199" = fmul float 0x4000000000000000, %".197"
  %".200" = fpext float %".198" to double
  %".201" = load double, double* %"loss.acc"
  %".202" = fadd double %".201", %".200"
  store double %".202", double* %"loss.acc"
  %".204" = getelementptr inbounds float, ptr %".117", i64 0
  %".205" = load float, ptr %".204", !alias.scope !9, !noalias !10
  %".206" = fmul float %".108", %".199"
  %".207" = fsub float %".205", %".206"
  %".208" = getelementptr inbounds float, ptr %".117", i64 0
  store float %".207", ptr %".208", !alias.scope !9, !noalias !10
  %".210" = getelementptr inbounds i16, ptr %".123", i64 0
  %".211" = load i16, ptr %".210", !alias.scope !11, !noalias !12
  %".212" = sitofp i16 %".211" to float
  %".213" = fmul float %".212", 0x3f30000000000000
  %".214" = fmul float 0x3fa99999a0000000, %".213"
  %".215" = fadd float %".199", %".214"
  %".216" = fmul float %".108", %".215"
  %".217" = fmul float %".216", 0x40b0000000000000
  %".218" = fsub float %".212", %".217"
  %".219" = xor i32 %".115", 2654435769
  %".220" = lshr i32 %".219", 16
  %".221" = xor i32 %".219", %".220"
  %".222" = mul i32 %".221", 2146121005
  %".223" = lshr i32 %".222", 15
  %".224" = xor i32 %".222", %".223"
  %".225" = mul i32 %".224", 2221713035
  %".226" = lshr i32 %".225", 16
  %".227" = xor i32 %".225", %".226"
  %".228" = trunc i64 0 to i32
  %".229" = mul i32 %".228", 2654435769
  %".230" = add i32 %".227", %".229"
  %".231" = lshr i32 %".230", 8
  %".232" = uitofp i32 %".231" to float
  %".233" = fmul float %".232", 0x3e70000000000000
  %".234" = fadd float %".218", %".233"
  %".235" = call float @"llvm.floor.f32"(float %".234")
  %".236" = fcmp ogt float %".235", 0x40dfffc000000000
  %".237" = select  i1 %".236", float 0x40dfffc000000000, float %".235"
  %".238" = fcmp olt float %".237", 0xc0dfffc000000000
  %".239" = select  i1 %".238", float 0xc0dfffc000000000, float %".237"
  %".240" = fcmp uno float %".239", %".239"
  %".241" = select  i1 %".240", float              0x0, float %".239"
  %".242" = fptosi float %".241" to i16
  store i16 %".242", ptr %".210", !alias.scope !11, !noalias !12
  %".244" = getelementptr inbounds i16, ptr %".129", i64 0
  %".245" = load i16, ptr %".244", !alias.scope !13, !noalias !14
  %".246" = sitofp i16 %".245" to float
  %".247" = fmul float %".246", 0x3f30000000000000
  %".248" = fmul float 0x3fa99999a0000000, %".247"
  %".249" = fadd float %".199", %".248"
  %".250" = fmul float %".108", %".249"
  %".251" = fmul float %".250", 0x40b0000000000000
  %".252" = fsub float %".246", %".251"
  %".253" = xor i32 %".115", 1013904242
  %".254" = lshr i32 %".253", 16
  %".255" = xor i32 %".253", %".254"
  %".256" = mul i32 %".255", 2146121005
  %".257" = lshr i32 %".256", 15
  %".258" = xor i32 %".256", %".257"
  %".259" = mul i32 %".258", 2221713035
  %".260" = lshr i32 %".259", 16
  %".261" = xor i32 %".259", %".260"
  %".262" = trunc i64 0 to i32
  %".263" = mul i32 %".262", 2654435769
  %".264" = add i32 %".261", %".263"
  %".265" = lshr i32 %".264", 8
  %".266" = uitofp i32 %".265" to float
  %".267" = fmul float %".266", 0x3e70000000000000
  %".268" = fadd float %".252", %".267"
  %".269" = call float @"llvm.floor.f32"(float %".268")
  %".270" = fcmp ogt float %".269", 0x40dfffc000000000
  %".271" = select  i1 %".270", float 0x40dfffc000000000, float %".269"
  %".272" = fcmp olt float %".271", 0xc0dfffc000000000
  %".273" = select  i1 %".272", float 0xc0dfffc000000000, float %".271"
  %".274" = fcmp uno float %".273", %".273"
  %".275" = select  i1 %".274", float              0x0, float %".273"
  %".276" = fptosi float %".275" to i16
  store i16 %".276", ptr %".244", !alias.scope !13, !noalias !14
  %".278" = fmul float %".108", 0x3fc99999a0000000
  %".279" = fsub float 0x3ff0000000000000, %".278"
  %".280" = fmul float %".108", %".199"
  %".281" = fmul float 0x3f30000000000000, 0x40b0000000000000
  %".282" = fmul float %".280", %".281"
  %".283" = fcmp ogt float %".279", 0x4630000000000000
  %".284" = select  i1 %".283", float 0x4630000000000000, float %".279"
  %".285" = fcmp olt float %".284", 0xc630000000000000
  %".286" = select  i1 %".285", float 0xc630000000000000, float %".284"
  %".287" = fcmp uno float %".279", %".279"
  %".288" = fcmp uno float %".282", %".282"
  %".289" = or i1 %".287", %".288"
  %".290" = select  i1 %".289", float 0x3ff0000000000000, float %".286"
  %".291" = fcmp ogt float %".282", 0x4630000000000000
  %".292" = select  i1 %".291", float 0x4630000000000000, float %".282"
  %".293" = fcmp olt float %".292", 0xc630000000000000
  %".294" = select  i1 %".293", float 0xc630000000000000, float %".292"
  %".295" = fcmp uno float %".282", %".282"
  %".296" = fcmp uno float %".279", %".279"
  %".297" = or i1 %".295", %".296"
  %".298" = select  i1 %".297", float              0x0, float %".294"
  %".299" = fmul float %".108", 0x3fc99999a0000000
  %".300" = fsub float 0x3ff0000000000000, %".299"
  %".301" = fmul float %".108", %".199"
  %".302" = fmul float 0x3f30000000000000, 0x40b0000000000000
  %".303" = fmul float %".301", %".302"
  %".304" = fcmp ogt float %".300", 0x4630000000000000
  %".305" = select  i1 %".304", float 0x4630000000000000, float %".300"
  %".306" = fcmp olt float %".305", 0xc630000000000000
  %".307" = select  i1 %".306", float 0xc630000000000000, float %".305"
  %".308" = fcmp uno float %".300", %".300"
  %".309" = fcmp uno float %".303", %".303"
  %".310" = or i1 %".308", %".309"
  %".311" = select  i1 %".310", float 0x3ff0000000000000, float %".307"
  %".312" = fcmp ogt float %".303", 0x4630000000000000
  %".313" = select  i1 %".312", float 0x4630000000000000, float %".303"
  %".314" = fcmp olt float %".313", 0xc630000000000000
  %".315" = select  i1 %".314", float 0xc630000000000000, float %".313"
  %".316" = fcmp uno float %".303", %".303"
  %".317" = fcmp uno float %".300", %".300"
  %".318" = or i1 %".316", %".317"
  %".319" = select  i1 %".318", float              0x0, float %".315"
  br label %"rows.head"
rows.head:
  %"rows" = phi  i64 [0, %"ptail.done"], [%".389", %"rows.body"]
  %".321" = icmp slt i64 %"rows", 50
  br i1 %".321", label %"rows.body", label %"rows.done"
rows.body:
  %".323" = getelementptr inbounds i16, ptr %".137", i64 %"rows"
  %".324" = load i16, ptr %".323", !alias.scope !17, !noalias !18
  %".325" = sext i16 %".324" to i32
  %".326" = sitofp i32 %".325" to float
  %".327" = getelementptr inbounds i16, ptr %".133", i64 %"rows"
  %".328" = load i16, ptr %".327", !alias.scope !15, !noalias !16
  %".329" = sext i16 %".328" to i32
  %".330" = sitofp i32 %".329" to float
  %".331" = getelementptr inbounds i16, ptr %".133", i64 %"rows"
  %".332" = load i16, ptr %".331", !alias.scope !15, !noalias !16
  %".333" = sitofp i16 %".332" to float
  %".334" = fmul float %".333", %".290"
  %".335" = fmul float %".298", %".326"
  %".336" = fsub float %".334", %".335"
  %".337" = xor i32 %".115", 3668340011
  %".338" = lshr i32 %".337", 16
  %".339" = xor i32 %".337", %".338"
  %".340" = mul i32 %".339", 2146121005
  %".341" = lshr i32 %".340", 15
  %".342" = xor i32 %".340", %".341"
  %".343" = mul i32 %".342", 2221713035
  %".344" = lshr i32 %".343", 16
  %".345" = xor i32 %".343", %".344"
  %".346" = trunc i64 %"rows" to i32
  %".347" = mul i32 %".346", 2654435769
  %".348" = add i32 %".345", %".347"
  %".349" = lshr i32 %".348", 8
  %".350" = uitofp i32 %".349" to float
  %".351" = fmul float %".350", 0x3e70000000000000
  %".352" = fadd float %".336", %".351"
  %".353" = call float @"llvm.floor.f32"(float %".352")
  %".354" = fcmp ogt float %".353", 0x40dfffc000000000
  %".355" = select  i1 %".354", float 0x40dfffc000000000, float %".353"
  %".356" = fcmp olt float %".355", 0xc0dfffc000000000
  %".357" = select  i1 %".356", float 0xc0dfffc000000000, float %".355"
  %".358" = fptosi float %".357" to i16
  store i16 %".358", ptr %".331", !alias.scope !15, !noalias !16
  %".360" = getelementptr inbounds i16, ptr %".137", i64 %"rows"
  %".361" = load i16, ptr %".360", !alias.scope !17, !noalias !18
  %".362" = sitofp i16 %".361" to float
  %".363" = fmul float %".362", %".311"
  %".364" = fmul float %".319", %".330"
  %".365" = fsub float %".363", %".364"
  %".366" = xor i32 %".115", 2027808484
  %".367" = lshr i32 %".366", 16
  %".368" = xor i32 %".366", %".367"
  %".369" = mul i32 %".368", 2146121005
  %".370" = lshr i32 %".369", 15
  %".371" = xor i32 %".369", %".370"
  %".372" = mul i32 %".371", 2221713035
  %".373" = lshr i32 %".372", 16
  %".374" = xor i32 %".372", %".373"
  %".375" = trunc i64 %"rows" to i32
  %".376" = mul i32 %".375", 2654435769
  %".377" = add i32 %".374", %".376"
  %".378" = lshr i32 %".377", 8
  %".379" = uitofp i32 %".378" to float
  %".380" = fmul float %".379", 0x3e70000000000000
  %".381" = fadd float %".365", %".380"
  %".382" = call float @"llvm.floor.f32"(float %".381")
  %".383" = fcmp ogt float %".382", 0x40dfffc000000000
  %".384" = select  i1 %".383", float 0x40dfffc000000000, float %".382"
  %".385" = fcmp olt float %".384", 0xc0dfffc000000000
  %".386" = select  i1 %".385", float 0xc0dfffc000000000, float %".384"
  %".387" = fptosi float %".386" to i16
  store i16 %".387", ptr %".360", !alias.scope !17, !noalias !18
  %".389" = add i64 %"rows", 1
  br label %"rows.head"
rows.done:
  br i1 %".17", label %"rows.done.if", label %"rows.done.endif"
rows.done.if:
  %".392" = load i64, i64* %"push.left"
  %".393" = sub i64 %".392", 1
  store i64 %".393", i64* %"push.left"
  %".395" = icmp sle i64 %".393", 0
  br i1 %".395", label %"rows.done.if.if", label %"rows.done.if.endif"
rows.done.endif:
  %".416" = add i64 %"ex", 1
  br label %"ex.head"
rows.done.if.if:
  br label %"cp.head.1"
rows.done.if.endif:
  br label %"rows.done.endif"
cp.head.1:
  %"cp.1" = phi  i64 [0, %"rows.done.if.if"], [%".411", %"cp.body.1"]
  %".398" = icmp slt i64 %"cp.1", 1
  br i1 %".398", label %"cp.body.1", label %"cp.done.1"
cp.body.1:
  %".400" = getelementptr inbounds float, ptr %"param.mu.p", i64 %"cp.1"
  %".401" = getelementptr inbounds float, ptr %"base.mu.p", i64 %"cp.1"
  %".402" = getelementptr inbounds float, ptr %"master.mu.p", i64 %"cp.1"
  %".403" = load float, ptr %".400"
  %".404" = load float, ptr %".401"
  %".405" = fsub float %".403", %".404"
  %".406" = fmul float %".405", %".16"
  %".407" = atomicrmw fadd ptr %".402", float %".406" monotonic
  %".408" = load atomic float, ptr %".402" monotonic, align 4
  store float %".408", ptr %".400"
  store float %".408", ptr %".401"
  %".411" = add i64 %"cp.1", 1
  br label %"cp.head.1"
cp.done.1:
  store i64 %"push.", i64* %"push.left"
  br label %"rows.done.if.endif"
ex.done.if:
  br label %"cp.head.2"
ex.done.endif:
  %".436" = load double, double* %"loss.acc"
  store double %".436", ptr %"out"
  %".438" = load i32, i32* %"rng.state"
  store i32 %".438", ptr %"rng..p"
  ret void
cp.head.2:
  %"cp.2" = phi  i64 [0, %"ex.done.if"], [%".433", %"cp.body.2"]
  %".420" = icmp slt i64 %"cp.2", 1
  br i1 %".420", label %"cp.body.2", label %"cp.done.2"
cp.body.2:
  %".422" = getelementptr inbounds float, ptr %"param.mu.p", i64 %"cp.2"
  %".423" = getelementptr inbounds float, ptr %"base.mu.p", i64 %"cp.2"
  %".424" = getelementptr inbounds float, ptr %"master.mu.p", i64 %"cp.2"
  %".425" = load float, ptr %".422"
  %".426" = load float, ptr %".423"
  %".427" = fsub float %".425", %".426"
  %".428" = fmul float %".427", %".16"
  %".429" = atomicrmw fadd ptr %".424", float %".428" monotonic
  %".430" = load atomic float, ptr %".424" monotonic, align 4
  store float %".430", ptr %".422"
  store float %".430", ptr %".423"
  %".433" = add i64 %"cp.2", 1
  br label %"cp.head.2"
cp.done.2:
  br label %"ex.done.endif"
}

declare void @"llvm.prefetch.p0"(ptr %".1", i32 %".2", i32 %".3", i32 %".4")

declare i64 @"llvm.vector.reduce.add.v8i64"(<8 x i64> %".1")

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
  %"pairs.acc" = alloca <8 x i64>
  %"pairs.total" = alloca i64
  br label %"start"
start:
  br label %"ex.head"
ex.head:
  %"ex" = phi  i64 [%"begin", %"start"], [%".97", %"ptail.done"]
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
  store <8 x i64> <i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0>, <8 x i64>* %"pairs.acc"
  %".50" = sdiv i64 50, 16
  br label %"pdot.head"
ex.done:
  ret void
pdot.head:
  %"pdot" = phi  i64 [0, %"ex.body"], [%".69", %"pdot.body"]
  %".52" = icmp slt i64 %"pdot", %".50"
  br i1 %".52", label %"pdot.body", label %"pdot.done"
pdot.body:
  %".54" = mul i64 %"pdot", 16
  %".55" = getelementptr i16, ptr %".31", i64 %".54"
  %".56" = load <16 x i16>, ptr %".55", align 2, !alias.scope !15, !noalias !16
  %".57" = sext <16 x i16> %".56" to <16 x i32>
  %".58" = getelementptr i16, ptr %".36", i64 %".54"
  %".59" = load <16 x i16>, ptr %".58", align 2, !alias.scope !17, !noalias !18
  %".60" = sext <16 x i16> %".59" to <16 x i32>
  %".61" = mul <16 x i32> %".57", %".60"
  %".62" = shufflevector <16 x i32> %".61", <16 x i32> %".61", <8 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14>
  %".63" = shufflevector <16 x i32> %".61", <16 x i32> %".61", <8 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15>
  %".64" = load <8 x i64>, <8 x i64>* %"pairs.acc"
  %".65" = add <8 x i32> %".62", %".63"
  %".66" = sext <8 x i32> %".65" to <8 x i64>
  %".67" = add <8 x i64> %".64", %".66"
  store <8 x i64> %".67", <8 x i64>* %"pairs.acc"
  %".69" = add i64 %"pdot", 1
  br label %"pdot.head"
pdot.done:
  %".71" = load <8 x i64>, <8 x i64>* %"pairs.acc"
  %".72" = call i64 @"llvm.vector.reduce.add.v8i64"(<8 x i64> %".71")
  store i64 %".72", i64* %"pairs.total"
  %".74" = mul i64 %".50", 16
  br label %"ptail.head"
ptail.head:
  %"ptail" = phi  i64 [%".74", %"pdot.done"], [%".88", %"ptail.body"]
  %".76" = icmp slt i64 %"ptail", 50
  br i1 %".76", label %"ptail.body", label %"ptail.done"
ptail.body:
  %".78" = load i64, i64* %"pairs.total"
  %".79" = getelementptr inbounds i16, ptr %".31", i64 %"ptail"
  %".80" = load i16, ptr %".79", !alias.scope !15, !noalias !16
  %".81" = sext i16 %".80" to i64
  %".82" = getelementptr inbounds i16, ptr %".36", i64 %"ptail"
  %".83" = load i16, ptr %".82", !alias.scope !17, !noalias !18
  %".84" = sext i16 %".83" to i64
  %".85" = mul i64 %".81", %".84"
  %".86" = add i64 %".78", %".85"
  store i64 %".86", i64* %"pairs.total"
  %".88" = add i64 %"ptail", 1
  br label %"ptail.head"
ptail.done:
  %".90" = load i64, i64* %"pairs.total"
  %".91" = sitofp i64 %".90" to float
  %".92" = fmul float %".91", 0x3e70000000000000
  %".93" = fadd float %".48", %".92"
  %".94" = fpext float %".93" to double
  %".95" = getelementptr inbounds double, ptr %"out", i64 %"ex"
  store double %".94", ptr %".95"
  %".97" = add i64 %"ex", 1
  br label %"ex.head"
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
  %"pairs.acc" = alloca <8 x i64>
  %"pairs.total" = alloca i64
  %".94" = getelementptr inbounds i64, ptr %"slots", i64 7
  %"field.r" = load i64, ptr %".94"
  %"field.r.p" = inttoptr i64 %"field.r" to ptr
  br label %"start"
start:
  br label %"ex.head"
ex.head:
  %"ex" = phi  i64 [%"begin", %"start"], [%".102", %"ptail.done"]
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
  store <8 x i64> <i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0>, <8 x i64>* %"pairs.acc"
  %".50" = sdiv i64 50, 16
  br label %"pdot.head"
ex.done:
  ret void
pdot.head:
  %"pdot" = phi  i64 [0, %"ex.body"], [%".69", %"pdot.body"]
  %".52" = icmp slt i64 %"pdot", %".50"
  br i1 %".52", label %"pdot.body", label %"pdot.done"
pdot.body:
  %".54" = mul i64 %"pdot", 16
  %".55" = getelementptr i16, ptr %".31", i64 %".54"
  %".56" = load <16 x i16>, ptr %".55", align 2, !alias.scope !15, !noalias !16
  %".57" = sext <16 x i16> %".56" to <16 x i32>
  %".58" = getelementptr i16, ptr %".36", i64 %".54"
  %".59" = load <16 x i16>, ptr %".58", align 2, !alias.scope !17, !noalias !18
  %".60" = sext <16 x i16> %".59" to <16 x i32>
  %".61" = mul <16 x i32> %".57", %".60"
  %".62" = shufflevector <16 x i32> %".61", <16 x i32> %".61", <8 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14>
  %".63" = shufflevector <16 x i32> %".61", <16 x i32> %".61", <8 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15>
  %".64" = load <8 x i64>, <8 x i64>* %"pairs.acc"
  %".65" = add <8 x i32> %".62", %".63"
  %".66" = sext <8 x i32> %".65" to <8 x i64>
  %".67" = add <8 x i64> %".64", %".66"
  store <8 x i64> %".67", <8 x i64>* %"pairs.acc"
  %".69" = add i64 %"pdot", 1
  br label %"pdot.head"
pdot.done:
  %".71" = load <8 x i64>, <8 x i64>* %"pairs.acc"
  %".72" = call i64 @"llvm.vector.reduce.add.v8i64"(<8 x i64> %".71")
  store i64 %".72", i64* %"pairs.total"
  %".74" = mul i64 %".50", 16
  br label %"ptail.head"
ptail.head:
  %"ptail" = phi  i64 [%".74", %"pdot.done"], [%".88", %"ptail.body"]
  %".76" = icmp slt i64 %"ptail", 50
  br i1 %".76", label %"ptail.body", label %"ptail.done"
ptail.body:
  %".78" = load i64, i64* %"pairs.total"
  %".79" = getelementptr inbounds i16, ptr %".31", i64 %"ptail"
  %".80" = load i16, ptr %".79", !alias.scope !15, !noalias !16
  %".81" = sext i16 %".80" to i64
  %".82" = getelementptr inbounds i16, ptr %".36", i64 %"ptail"
  %".83" = load i16, ptr %".82", !alias.scope !17, !noalias !18
  %".84" = sext i16 %".83" to i64
  %".85" = mul i64 %".81", %".84"
  %".86" = add i64 %".78", %".85"
  store i64 %".86", i64* %"pairs.total"
  %".88" = add i64 %"ptail", 1
  br label %"ptail.head"
ptail.done:
  %".90" = load i64, i64* %"pairs.total"
  %".91" = sitofp i64 %".90" to float
  %".92" = fmul float %".91", 0x3e70000000000000
  %".93" = fadd float %".48", %".92"
  %".95" = getelementptr inbounds float, ptr %"field.r.p", i64 %"ex"
  %".96" = load float, ptr %".95", !alias.scope !7, !noalias !8
  %".97" = fsub float %".93", %".96"
  %".98" = fmul float %".97", %".97"
  %".99" = fpext float %".98" to double
  %".100" = getelementptr inbounds double, ptr %"out", i64 %"ex"
  store double %".99", ptr %".100"
  %".102" = add i64 %"ex", 1
  br label %"ex.head"
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