; llvmlite 0.50.0
; ModuleID = "sgdc.nonnegative_mf"
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
  %".90" = getelementptr inbounds i64, ptr %"slots", i64 4
  %"param.R" = load i64, ptr %".90"
  %"param.R.p" = inttoptr i64 %"param.R" to ptr
  %".99" = getelementptr inbounds i64, ptr %"slots", i64 12
  %"t0." = load i64, ptr %".99"
  %"pairs.acc" = alloca <16 x i64>
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
  %"ex" = phi  i64 [%"begin", %"start.endif"], [%".420", %"rows.done.endif"]
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
  %".78" = mul i64 1, 32
  %".80" = mul i64 %".77", %".78"
  %".81" = getelementptr inbounds i16, ptr %"param.L.p", i64 %".80"
  %".82" = getelementptr i8, ptr %".81", i64 0
  call void @"llvm.prefetch.p0"(ptr %".82", i32 0, i32 3, i32 1)
  %".84" = getelementptr i8, ptr %".81", i64 63
  call void @"llvm.prefetch.p0"(ptr %".84", i32 0, i32 3, i32 1)
  %".86" = getelementptr inbounds i32, ptr %"field.i.p", i64 %".58"
  %".87" = load i32, ptr %".86"
  %".88" = sext i32 %".87" to i64
  %".89" = mul i64 1, 32
  %".91" = mul i64 %".88", %".89"
  %".92" = getelementptr inbounds i16, ptr %"param.R.p", i64 %".91"
  %".93" = getelementptr i8, ptr %".92", i64 0
  call void @"llvm.prefetch.p0"(ptr %".93", i32 0, i32 3, i32 1)
  %".95" = getelementptr i8, ptr %".92", i64 63
  call void @"llvm.prefetch.p0"(ptr %".95", i32 0, i32 3, i32 1)
  %".97" = getelementptr inbounds i32, ptr %"order..p", i64 %"ex"
  %"e" = load i32, ptr %".97", !alias.scope !7, !noalias !8
  %".98" = sext i32 %"e" to i64
  %".100" = add i64 %"t0.", %"ex"
  %".101" = sitofp i64 %".100" to float
  %".102" = fmul float 0x3fe6666660000000, %".9"
  %".103" = fadd float 0x3ff0000000000000, %".102"
  %".104" = fdiv float 0x3fa99999a0000000, %".103"
  %".105" = load i32, i32* %"rng.state"
  %".106" = shl i32 %".105", 13
  %".107" = xor i32 %".105", %".106"
  %".108" = lshr i32 %".107", 17
  %".109" = xor i32 %".107", %".108"
  %".110" = shl i32 %".109", 5
  %".111" = xor i32 %".109", %".110"
  store i32 %".111", i32* %"rng.state"
  %".113" = getelementptr inbounds float, ptr %"param.mu.p", i64 0
  %".114" = getelementptr inbounds i32, ptr %"field.u.p", i64 %".98"
  %".115" = load i32, ptr %".114", !alias.scope !7, !noalias !8
  %".116" = sext i32 %".115" to i64
  %".117" = mul i64 %".116", 1
  %".118" = add i64 0, %".117"
  %".119" = getelementptr inbounds i16, ptr %"param.bu.p", i64 %".118"
  %".120" = getelementptr inbounds i32, ptr %"field.i.p", i64 %".98"
  %".121" = load i32, ptr %".120", !alias.scope !7, !noalias !8
  %".122" = sext i32 %".121" to i64
  %".123" = mul i64 %".122", 1
  %".124" = add i64 0, %".123"
  %".125" = getelementptr inbounds i16, ptr %"param.bi.p", i64 %".124"
  %".126" = mul i64 1, 32
  %".127" = mul i64 %".116", %".126"
  %".128" = add i64 0, %".127"
  %".129" = getelementptr inbounds i16, ptr %"param.L.p", i64 %".128"
  %".130" = mul i64 1, 32
  %".131" = mul i64 %".122", %".130"
  %".132" = add i64 0, %".131"
  %".133" = getelementptr inbounds i16, ptr %"param.R.p", i64 %".132"
  %".134" = getelementptr inbounds float, ptr %".113", i64 0
  %".135" = load float, ptr %".134", !alias.scope !9, !noalias !10
  %".136" = getelementptr inbounds i16, ptr %".119", i64 0
  %".137" = load i16, ptr %".136", !alias.scope !11, !noalias !12
  %".138" = sitofp i16 %".137" to float
  %".139" = fmul float %".138", 0x3f30000000000000
  %".140" = fadd float %".135", %".139"
  %".141" = getelementptr inbounds i16, ptr %".125", i64 0
  %".142" = load i16, ptr %".141", !alias.scope !13, !noalias !14
  %".143" = sitofp i16 %".142" to float
  %".144" = fmul float %".143", 0x3f30000000000000
  %".145" = fadd float %".140", %".144"
  store <16 x i64> <i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0>, <16 x i64>* %"pairs.acc"
  %".147" = sdiv i64 32, 32
  br label %"pdot.head"
ex.done:
  br i1 %".17", label %"ex.done.if", label %"ex.done.endif"
pdot.head:
  %"pdot" = phi  i64 [0, %"ex.body"], [%".166", %"pdot.body"]
  %".149" = icmp slt i64 %"pdot", %".147"
  br i1 %".149", label %"pdot.body", label %"pdot.done"
pdot.body:
  %".151" = mul i64 %"pdot", 32
  %".152" = getelementptr inbounds i16, ptr %".129", i64 %".151"
  %".153" = load <32 x i16>, ptr %".152", align 2, !alias.scope !15, !noalias !16
  %".154" = sext <32 x i16> %".153" to <32 x i32>
  %".155" = getelementptr inbounds i16, ptr %".133", i64 %".151"
  %".156" = load <32 x i16>, ptr %".155", align 2, !alias.scope !17, !noalias !18
  %".157" = sext <32 x i16> %".156" to <32 x i32>
  %".158" = mul <32 x i32> %".154", %".157"
  %".159" = shufflevector <32 x i32> %".158", <32 x i32> %".158", <16 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14, i32 16, i32 18, i32 20, i32 22, i32 24, i32 26, i32 28, i32 30>
  %".160" = shufflevector <32 x i32> %".158", <32 x i32> %".158", <16 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15, i32 17, i32 19, i32 21, i32 23, i32 25, i32 27, i32 29, i32 31>
  %".161" = load <16 x i64>, <16 x i64>* %"pairs.acc"
  %".162" = add <16 x i32> %".159", %".160"
  %".163" = sext <16 x i32> %".162" to <16 x i64>
  %".164" = add <16 x i64> %".161", %".163"
  store <16 x i64> %".164", <16 x i64>* %"pairs.acc"
  %".166" = add i64 %"pdot", 1
  br label %"pdot.head"
pdot.done:
  %".168" = mul i64 %".147", 32
  %".169" = sub i64 32, %".168"
  %".170" = icmp sgt i64 %".169", 0
  br i1 %".170", label %"pdotm.body", label %"pdotm.done"
pdotm.body:
  %".172" = insertelement <32 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %".169", i32 0
  %".173" = shufflevector <32 x i64> %".172", <32 x i64> %".172", <32 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".174" = icmp slt <32 x i64> <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15, i64 16, i64 17, i64 18, i64 19, i64 20, i64 21, i64 22, i64 23, i64 24, i64 25, i64 26, i64 27, i64 28, i64 29, i64 30, i64 31>, %".173"
  %".175" = getelementptr inbounds i16, ptr %".129", i64 %".168"
  %".176" = call <32 x i16> @"llvm.masked.load.v32i16.p0"(ptr %".175", i32 2, <32 x i1> %".174", <32 x i16> <i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0>)
  %".177" = sext <32 x i16> %".176" to <32 x i32>
  %".178" = getelementptr inbounds i16, ptr %".133", i64 %".168"
  %".179" = call <32 x i16> @"llvm.masked.load.v32i16.p0"(ptr %".178", i32 2, <32 x i1> %".174", <32 x i16> <i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0>)
  %".180" = sext <32 x i16> %".179" to <32 x i32>
  %".181" = mul <32 x i32> %".177", %".180"
  %".182" = shufflevector <32 x i32> %".181", <32 x i32> %".181", <16 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14, i32 16, i32 18, i32 20, i32 22, i32 24, i32 26, i32 28, i32 30>
  %".183" = shufflevector <32 x i32> %".181", <32 x i32> %".181", <16 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15, i32 17, i32 19, i32 21, i32 23, i32 25, i32 27, i32 29, i32 31>
  %".184" = load <16 x i64>, <16 x i64>* %"pairs.acc"
  %".185" = add <16 x i32> %".182", %".183"
  %".186" = sext <16 x i32> %".185" to <16 x i64>
  %".187" = add <16 x i64> %".184", %".186"
  store <16 x i64> %".187", <16 x i64>* %"pairs.acc"
  br label %"pdotm.done"
pdotm.done:
  %".190" = load <16 x i64>, <16 x i64>* %"pairs.acc"
  %".191" = call i64 @"llvm.vector.reduce.add.v16i64"(<16 x i64> %".190")
  %".192" = sitofp i64 %".191" to float
  %".193" = fmul float %".192", 0x3e70000000000000
  %".194" = fadd float %".145", %".193"
  %".195" = getelementptr inbounds float, ptr %"field.r.p", i64 %".98"
  %".196" = load float, ptr %".195", !alias.scope !7, !noalias !8
  %".197" = fsub float %".194", %".196"
  %".198" = fmul float %".197", %".197"
  %".199" = fmul float 0x4000000000000000, %".197"
  %".200" = fpext float %".198" to double
  %".201" = load double, double* %"loss.acc"
  %".202" = fadd double %".201", %".200"
  store double %".202", double* %"loss.acc"
  %".204" = getelementptr inbounds float, ptr %".113", i64 0
  %".205" = load float, ptr %".204", !alias.scope !9, !noalias !10
  %".206" = fmul float %".104", %".199"
  %".207" = fsub float %".205", %".206"
  %".208" = getelementptr inbounds float, ptr %".113", i64 0
  store float %".207", ptr %".208", !alias.scope !9, !noalias !10
  %".210" = getelementptr inbounds i16, ptr %".119", i64 0
  %".211" = load i16, ptr %".210", !alias.scope !11, !noalias !12
  %".212" = sitofp i16 %".211" to float
  %".213" = fmul float %".212", 0x3f30000000000000
  %".214" = fmul float 0x3fa99999a0000000, %".213"
  %".215" = fadd float %".199", %".214"
  %".216" = fmul float %".104", %".215"
  %".217" = fmul float %".216", 0x40b0000000000000
  %".218" = fsub float %".212", %".217"
  %".219" = xor i32 %".111", 2654435769
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
  %".244" = getelementptr inbounds i16, ptr %".125", i64 0
  %".245" = load i16, ptr %".244", !alias.scope !13, !noalias !14
  %".246" = sitofp i16 %".245" to float
  %".247" = fmul float %".246", 0x3f30000000000000
  %".248" = fmul float 0x3fa99999a0000000, %".247"
  %".249" = fadd float %".199", %".248"
  %".250" = fmul float %".104", %".249"
  %".251" = fmul float %".250", 0x40b0000000000000
  %".252" = fsub float %".246", %".251"
  %".253" = xor i32 %".111", 1013904242
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
  %".278" = fmul float %".104", 0x3fa99999a0000000
  %".279" = fsub float 0x3ff0000000000000, %".278"
  %".280" = fmul float %".104", %".199"
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
  %".299" = fmul float %".104", 0x3fa99999a0000000
  %".300" = fsub float 0x3ff0000000000000, %".299"
  %".301" = fmul float %".104", %".199"
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
  %"rows" = phi  i64 [0, %"pdotm.done"], [%".393", %"rows.body"]
  %".321" = icmp slt i64 %"rows", 32
  br i1 %".321", label %"rows.body", label %"rows.done"
rows.body:
  %".323" = getelementptr inbounds i16, ptr %".133", i64 %"rows"
  %".324" = load i16, ptr %".323", !alias.scope !17, !noalias !18
  %".325" = sext i16 %".324" to i32
  %".326" = sitofp i32 %".325" to float
  %".327" = getelementptr inbounds i16, ptr %".129", i64 %"rows"
  %".328" = load i16, ptr %".327", !alias.scope !15, !noalias !16
  %".329" = sext i16 %".328" to i32
  %".330" = sitofp i32 %".329" to float
  %".331" = getelementptr inbounds i16, ptr %".129", i64 %"rows"
  %".332" = load i16, ptr %".331", !alias.scope !15, !noalias !16
  %".333" = sitofp i16 %".332" to float
  %".334" = fmul float %".333", %".290"
  %".335" = fmul float %".298", %".326"
  %".336" = fsub float %".334", %".335"
  %".337" = xor i32 %".111", 3668340011
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
  %".358" = fcmp ogt float %".357",              0x0
  %".359" = select  i1 %".358", float %".357", float              0x0
  %".360" = fptosi float %".359" to i16
  store i16 %".360", ptr %".331", !alias.scope !15, !noalias !16
  %".362" = getelementptr inbounds i16, ptr %".133", i64 %"rows"
  %".363" = load i16, ptr %".362", !alias.scope !17, !noalias !18
  %".364" = sitofp i16 %".363" to float
  %".365" = fmul float %".364", %".311"
  %".366" = fmul float %".319", %".330"
  %".367" = fsub float %".365", %".366"
  %".368" = xor i32 %".111", 2027808484
  %".369" = lshr i32 %".368", 16
  %".370" = xor i32 %".368", %".369"
  %".371" = mul i32 %".370", 2146121005
  %".372" = lshr i32 %".371", 15
  %".373" = xor i32 %".371", %".372"
  %".374" = mul i32 %".373", 2221713035
  %".375" = lshr i32 %".374", 16
  %".376" = xor i32 %".374", %".375"
  %".377" = trunc i64 %"rows" to i32
  %".378" = mul i32 %".377", 2654435769
  %".379" = add i32 %".376", %".378"
  %".380" = lshr i32 %".379", 8
  %".381" = uitofp i32 %".380" to float
  %".382" = fmul float %".381", 0x3e70000000000000
  %".383" = fadd float %".367", %".382"
  %".384" = call float @"llvm.floor.f32"(float %".383")
  %".385" = fcmp ogt float %".384", 0x40dfffc000000000
  %".386" = select  i1 %".385", float 0x40dfffc000000000, float %".384"
  %".387" = fcmp olt float %".386", 0xc0dfffc000000000
  %".388" = select  i1 %".387", float 0xc0dfffc000000000, float %".386"
  %".389" = fcmp ogt float %".388",              0x0
  %".390" = select  i1 %".389", float %".388", float              0x0
  %".391" = fptosi float %".390" to i16
  store i16 %".391", ptr %".362", !alias.scope !17, !noalias !18
  %".393" = add i64 %"rows", 1
  br label %"rows.head"
rows.done:
  br i1 %".17", label %"rows.done.if", label %"rows.done.endif"
rows.done.if:
  %".396" = load i64, i64* %"push.left"
  %".397" = sub i64 %".396", 1
  store i64 %".397", i64* %"push.left"
  %".399" = icmp sle i64 %".397", 0
  br i1 %".399", label %"rows.done.if.if", label %"rows.done.if.endif"
rows.done.endif:
  %".420" = add i64 %"ex", 1
  br label %"ex.head"
rows.done.if.if:
  br label %"cp.head.1"
rows.done.if.endif:
  br label %"rows.done.endif"
cp.head.1:
  %"cp.1" = phi  i64 [0, %"rows.done.if.if"], [%".415", %"cp.body.1"]
  %".402" = icmp slt i64 %"cp.1", 1
  br i1 %".402", label %"cp.body.1", label %"cp.done.1"
cp.body.1:
  %".404" = getelementptr inbounds float, ptr %"param.mu.p", i64 %"cp.1"
  %".405" = getelementptr inbounds float, ptr %"base.mu.p", i64 %"cp.1"
  %".406" = getelementptr inbounds float, ptr %"master.mu.p", i64 %"cp.1"
  %".407" = load float, ptr %".404"
  %".408" = load float, ptr %".405"
  %".409" = fsub float %".407", %".408"
  %".410" = fmul float %".409", %".16"
  %".411" = atomicrmw fadd ptr %".406", float %".410" monotonic
  %".412" = load atomic float, ptr %".406" monotonic, align 4
  store float %".412", ptr %".404"
  store float %".412", ptr %".405"
  %".415" = add i64 %"cp.1", 1
  br label %"cp.head.1"
cp.done.1:
  store i64 %"push.", i64* %"push.left"
  br label %"rows.done.if.endif"
ex.done.if:
  br label %"cp.head.2"
ex.done.endif:
  %".440" = load double, double* %"loss.acc"
  store double %".440", ptr %"out"
  %".442" = load i32, i32* %"rng.state"
  store i32 %".442", ptr %"rng..p"
  ret void
cp.head.2:
  %"cp.2" = phi  i64 [0, %"ex.done.if"], [%".437", %"cp.body.2"]
  %".424" = icmp slt i64 %"cp.2", 1
  br i1 %".424", label %"cp.body.2", label %"cp.done.2"
cp.body.2:
  %".426" = getelementptr inbounds float, ptr %"param.mu.p", i64 %"cp.2"
  %".427" = getelementptr inbounds float, ptr %"base.mu.p", i64 %"cp.2"
  %".428" = getelementptr inbounds float, ptr %"master.mu.p", i64 %"cp.2"
  %".429" = load float, ptr %".426"
  %".430" = load float, ptr %".427"
  %".431" = fsub float %".429", %".430"
  %".432" = fmul float %".431", %".16"
  %".433" = atomicrmw fadd ptr %".428", float %".432" monotonic
  %".434" = load atomic float, ptr %".428" monotonic, align 4
  store float %".434", ptr %".426"
  store float %".434", ptr %".427"
  %".437" = add i64 %"cp.2", 1
  br label %"cp.head.2"
cp.done.2:
  br label %"ex.done.endif"
}

declare void @"llvm.prefetch.p0"(ptr %".1", i32 %".2", i32 %".3", i32 %".4")

declare <32 x i16> @"llvm.masked.load.v32i16.p0"(ptr %".1", i32 %".2", <32 x i1> %".3", <32 x i16> %".4")

declare i64 @"llvm.vector.reduce.add.v16i64"(<16 x i64> %".1")

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
  %"pairs.acc" = alloca <16 x i64>
  br label %"start"
start:
  br label %"ex.head"
ex.head:
  %"ex" = phi  i64 [%"begin", %"start"], [%".101", %"pdotm.done"]
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
  %".27" = mul i64 1, 32
  %".28" = mul i64 %".14", %".27"
  %".29" = add i64 0, %".28"
  %".31" = getelementptr inbounds i16, ptr %"param.L.p", i64 %".29"
  %".32" = mul i64 1, 32
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
  store <16 x i64> <i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0>, <16 x i64>* %"pairs.acc"
  %".50" = sdiv i64 32, 32
  br label %"pdot.head"
ex.done:
  ret void
pdot.head:
  %"pdot" = phi  i64 [0, %"ex.body"], [%".69", %"pdot.body"]
  %".52" = icmp slt i64 %"pdot", %".50"
  br i1 %".52", label %"pdot.body", label %"pdot.done"
pdot.body:
  %".54" = mul i64 %"pdot", 32
  %".55" = getelementptr inbounds i16, ptr %".31", i64 %".54"
  %".56" = load <32 x i16>, ptr %".55", align 2, !alias.scope !15, !noalias !16
  %".57" = sext <32 x i16> %".56" to <32 x i32>
  %".58" = getelementptr inbounds i16, ptr %".36", i64 %".54"
  %".59" = load <32 x i16>, ptr %".58", align 2, !alias.scope !17, !noalias !18
  %".60" = sext <32 x i16> %".59" to <32 x i32>
  %".61" = mul <32 x i32> %".57", %".60"
  %".62" = shufflevector <32 x i32> %".61", <32 x i32> %".61", <16 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14, i32 16, i32 18, i32 20, i32 22, i32 24, i32 26, i32 28, i32 30>
  %".63" = shufflevector <32 x i32> %".61", <32 x i32> %".61", <16 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15, i32 17, i32 19, i32 21, i32 23, i32 25, i32 27, i32 29, i32 31>
  %".64" = load <16 x i64>, <16 x i64>* %"pairs.acc"
  %".65" = add <16 x i32> %".62", %".63"
  %".66" = sext <16 x i32> %".65" to <16 x i64>
  %".67" = add <16 x i64> %".64", %".66"
  store <16 x i64> %".67", <16 x i64>* %"pairs.acc"
  %".69" = add i64 %"pdot", 1
  br label %"pdot.head"
pdot.done:
  %".71" = mul i64 %".50", 32
  %".72" = sub i64 32, %".71"
  %".73" = icmp sgt i64 %".72", 0
  br i1 %".73", label %"pdotm.body", label %"pdotm.done"
pdotm.body:
  %".75" = insertelement <32 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %".72", i32 0
  %".76" = shufflevector <32 x i64> %".75", <32 x i64> %".75", <32 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".77" = icmp slt <32 x i64> <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15, i64 16, i64 17, i64 18, i64 19, i64 20, i64 21, i64 22, i64 23, i64 24, i64 25, i64 26, i64 27, i64 28, i64 29, i64 30, i64 31>, %".76"
  %".78" = getelementptr inbounds i16, ptr %".31", i64 %".71"
  %".79" = call <32 x i16> @"llvm.masked.load.v32i16.p0"(ptr %".78", i32 2, <32 x i1> %".77", <32 x i16> <i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0>)
  %".80" = sext <32 x i16> %".79" to <32 x i32>
  %".81" = getelementptr inbounds i16, ptr %".36", i64 %".71"
  %".82" = call <32 x i16> @"llvm.masked.load.v32i16.p0"(ptr %".81", i32 2, <32 x i1> %".77", <32 x i16> <i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0>)
  %".83" = sext <32 x i16> %".82" to <32 x i32>
  %".84" = mul <32 x i32> %".80", %".83"
  %".85" = shufflevector <32 x i32> %".84", <32 x i32> %".84", <16 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14, i32 16, i32 18, i32 20, i32 22, i32 24, i32 26, i32 28, i32 30>
  %".86" = shufflevector <32 x i32> %".84", <32 x i32> %".84", <16 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15, i32 17, i32 19, i32 21, i32 23, i32 25, i32 27, i32 29, i32 31>
  %".87" = load <16 x i64>, <16 x i64>* %"pairs.acc"
  %".88" = add <16 x i32> %".85", %".86"
  %".89" = sext <16 x i32> %".88" to <16 x i64>
  %".90" = add <16 x i64> %".87", %".89"
  store <16 x i64> %".90", <16 x i64>* %"pairs.acc"
  br label %"pdotm.done"
pdotm.done:
  %".93" = load <16 x i64>, <16 x i64>* %"pairs.acc"
  %".94" = call i64 @"llvm.vector.reduce.add.v16i64"(<16 x i64> %".93")
  %".95" = sitofp i64 %".94" to float
  %".96" = fmul float %".95", 0x3e70000000000000
  %".97" = fadd float %".48", %".96"
  %".98" = fpext float %".97" to double
  %".99" = getelementptr inbounds double, ptr %"out", i64 %"ex"
  store double %".98", ptr %".99"
  %".101" = add i64 %"ex", 1
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
  %"pairs.acc" = alloca <16 x i64>
  %".98" = getelementptr inbounds i64, ptr %"slots", i64 7
  %"field.r" = load i64, ptr %".98"
  %"field.r.p" = inttoptr i64 %"field.r" to ptr
  br label %"start"
start:
  br label %"ex.head"
ex.head:
  %"ex" = phi  i64 [%"begin", %"start"], [%".106", %"pdotm.done"]
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
  %".27" = mul i64 1, 32
  %".28" = mul i64 %".14", %".27"
  %".29" = add i64 0, %".28"
  %".31" = getelementptr inbounds i16, ptr %"param.L.p", i64 %".29"
  %".32" = mul i64 1, 32
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
  store <16 x i64> <i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0>, <16 x i64>* %"pairs.acc"
  %".50" = sdiv i64 32, 32
  br label %"pdot.head"
ex.done:
  ret void
pdot.head:
  %"pdot" = phi  i64 [0, %"ex.body"], [%".69", %"pdot.body"]
  %".52" = icmp slt i64 %"pdot", %".50"
  br i1 %".52", label %"pdot.body", label %"pdot.done"
pdot.body:
  %".54" = mul i64 %"pdot", 32
  %".55" = getelementptr inbounds i16, ptr %".31", i64 %".54"
  %".56" = load <32 x i16>, ptr %".55", align 2, !alias.scope !15, !noalias !16
  %".57" = sext <32 x i16> %".56" to <32 x i32>
  %".58" = getelementptr inbounds i16, ptr %".36", i64 %".54"
  %".59" = load <32 x i16>, ptr %".58", align 2, !alias.scope !17, !noalias !18
  %".60" = sext <32 x i16> %".59" to <32 x i32>
  %".61" = mul <32 x i32> %".57", %".60"
  %".62" = shufflevector <32 x i32> %".61", <32 x i32> %".61", <16 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14, i32 16, i32 18, i32 20, i32 22, i32 24, i32 26, i32 28, i32 30>
  %".63" = shufflevector <32 x i32> %".61", <32 x i32> %".61", <16 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15, i32 17, i32 19, i32 21, i32 23, i32 25, i32 27, i32 29, i32 31>
  %".64" = load <16 x i64>, <16 x i64>* %"pairs.acc"
  %".65" = add <16 x i32> %".62", %".63"
  %".66" = sext <16 x i32> %".65" to <16 x i64>
  %".67" = add <16 x i64> %".64", %".66"
  store <16 x i64> %".67", <16 x i64>* %"pairs.acc"
  %".69" = add i64 %"pdot", 1
  br label %"pdot.head"
pdot.done:
  %".71" = mul i64 %".50", 32
  %".72" = sub i64 32, %".71"
  %".73" = icmp sgt i64 %".72", 0
  br i1 %".73", label %"pdotm.body", label %"pdotm.done"
pdotm.body:
  %".75" = insertelement <32 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %".72", i32 0
  %".76" = shufflevector <32 x i64> %".75", <32 x i64> %".75", <32 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".77" = icmp slt <32 x i64> <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15, i64 16, i64 17, i64 18, i64 19, i64 20, i64 21, i64 22, i64 23, i64 24, i64 25, i64 26, i64 27, i64 28, i64 29, i64 30, i64 31>, %".76"
  %".78" = getelementptr inbounds i16, ptr %".31", i64 %".71"
  %".79" = call <32 x i16> @"llvm.masked.load.v32i16.p0"(ptr %".78", i32 2, <32 x i1> %".77", <32 x i16> <i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0>)
  %".80" = sext <32 x i16> %".79" to <32 x i32>
  %".81" = getelementptr inbounds i16, ptr %".36", i64 %".71"
  %".82" = call <32 x i16> @"llvm.masked.load.v32i16.p0"(ptr %".81", i32 2, <32 x i1> %".77", <32 x i16> <i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0>)
  %".83" = sext <32 x i16> %".82" to <32 x i32>
  %".84" = mul <32 x i32> %".80", %".83"
  %".85" = shufflevector <32 x i32> %".84", <32 x i32> %".84", <16 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14, i32 16, i32 18, i32 20, i32 22, i32 24, i32 26, i32 28, i32 30>
  %".86" = shufflevector <32 x i32> %".84", <32 x i32> %".84", <16 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15, i32 17, i32 19, i32 21, i32 23, i32 25, i32 27, i32 29, i32 31>
  %".87" = load <16 x i64>, <16 x i64>* %"pairs.acc"
  %".88" = add <16 x i32> %".85", %".86"
  %".89" = sext <16 x i32> %".88" to <16 x i64>
  %".90" = add <16 x i64> %".87", %".89"
  store <16 x i64> %".90", <16 x i64>* %"pairs.acc"
  br label %"pdotm.done"
pdotm.done:
  %".93" = load <16 x i64>, <16 x i64>* %"pairs.acc"
  %".94" = call i64 @"llvm.vector.reduce.add.v16i64"(<16 x i64> %".93")
  %".95" = sitofp i64 %".94" to float
  %".96" = fmul float %".95", 0x3e70000000000000
  %".97" = fadd float %".48", %".96"
  %".99" = getelementptr inbounds float, ptr %"field.r.p", i64 %"ex"
  %".100" = load float, ptr %".99", !alias.scope !7, !noalias !8
  %".101" = fsub float %".97", %".100"
  %".102" = fmul float %".101", %".101"
  %".103" = fpext float %".102" to double
  %".104" = getelementptr inbounds double, ptr %"out", i64 %"ex"
  store double %".103", ptr %".104"
  %".106" = add i64 %"ex", 1
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