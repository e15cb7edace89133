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
  %"ex" = phi  i64 [%"begin", %"start.endif"], [%".648", %"rowsm.done.endif"]
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
  %".106" = fmul float 0x3fe6666660000000, %".9"
  %".107" = fadd float 0x3ff0000000000000, %".106"
  %".108" = fdiv float 0x3fa99999a0000000, %".107"
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
  store <16 x i64> <i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0>, <16 x i64>* %"pairs.acc"
  %".151" = sdiv i64 50, 32
  br label %"pdot.head"
ex.done:
  br i1 %".17", label %"ex.done.if", label %"ex.done.endif"
pdot.head:
  %"pdot" = phi  i64 [0, %"ex.body"], [%".170", %"pdot.body"]
  %".153" = icmp slt i64 %"pdot", %".151"
  br i1 %".153", label %"pdot.body", label %"pdot.done"
pdot.body:
  %".155" = mul i64 %"pdot", 32
  %".156" = getelementptr inbounds i16, ptr %".133", i64 %".155"
  %".157" = load <32 x i16>, ptr %".156", align 2, !alias.scope !15, !noalias !16
  %".158" = sext <32 x i16> %".157" to <32 x i32>
  %".159" = getelementptr inbounds i16, ptr %".137", i64 %".155"
  %".160" = load <32 x i16>, ptr %".159", align 2, !alias.scope !17, !noalias !18
  %".161" = sext <32 x i16> %".160" to <32 x i32>
  %".162" = mul <32 x i32> %".158", %".161"
  %".163" = shufflevector <32 x i32> %".162", <32 x i32> %".162", <16 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14, i32 16, i32 18, i32 20, i32 22, i32 24, i32 26, i32 28, i32 30>
  %".164" = shufflevector <32 x i32> %".162", <32 x i32> %".162", <16 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15, i32 17, i32 19, i32 21, i32 23, i32 25, i32 27, i32 29, i32 31>
  %".165" = load <16 x i64>, <16 x i64>* %"pairs.acc"
  %".166" = add <16 x i32> %".163", %".164"
  %".167" = sext <16 x i32> %".166" to <16 x i64>
  %".168" = add <16 x i64> %".165", %".167"
  store <16 x i64> %".168", <16 x i64>* %"pairs.acc"
  %".170" = add i64 %"pdot", 1
  br label %"pdot.head"
pdot.done:
  %".172" = mul i64 %".151", 32
  %".173" = sub i64 50, %".172"
  %".174" = icmp sgt i64 %".173", 0
  br i1 %".174", label %"pdotm.body", label %"pdotm.done"
pdotm.body:
  %".176" = insertelement <32 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %".173", i32 0
  %".177" = shufflevector <32 x i64> %".176", <32 x i64> %".176", <32 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".178" = icmp slt <32 x i64> <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15, i64 16, i64 17, i64 18, i64 19, i64 20, i64 21, i64 22, i64 23, i64 24, i64 25, i64 26, i64 27, i64 28, i64 29, i64 30, i64 31>, %".177"
  %".179" = getelementptr inbounds i16, ptr %".133", i64 %".172"
  %".180" = call <32 x i16> @"llvm.masked.load.v32i16.p0"(ptr %".179", i32 2, <32 x i1> %".178", <32 x i16> <i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0>)
  %".181" = sext <32 x i16> %".180" to <32 x i32>
  %".182" = getelementptr inbounds i16, ptr %".137", i64 %".172"
  %".183" = call <32 x i16> @"llvm.masked.load.v32i16.p0"(ptr %".182", i32 2, <32 x i1> %".178", <32 x i16> <i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0>)
  %".184" = sext <32 x i16> %".183" to <32 x i32>
  %".185" = mul <32 x i32> %".181", %".184"
  %".186" = shufflevector <32 x i32> %".185", <32 x i32> %".185", <16 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14, i32 16, i32 18, i32 20, i32 22, i32 24, i32 26, i32 28, i32 30>
  %".187" = shufflevector <32 x i32> %".185", <32 x i32> %".185", <16 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15, i32 17, i32 19, i32 21, i32 23, i32 25, i32 27, i32 29, i32 31>
  %".188" = load <16 x i64>, <16 x i64>* %"pairs.acc"
  %".189" = add <16 x i32> %".186", %".187"
  %".190" = sext <16 x i32> %".189" to <16 x i64>
  %".191" = add <16 x i64> %".188", %".190"
  store <16 x i64> %".191", <16 x i64>* %"pairs.acc"
  br label %"pdotm.done"
pdotm.done:
  %".194" = load <16 x i64>, <16 x i64>* %"pairs.acc"
  %".195" = call i64 @"llvm.vector.reduce.add.v16i64"(<16 x i64> %".194")
  %".196" = sitofp i64 %".195" to float
  %".197" = fmul float %".196", 0x3e70000000000000
  %".198" = fadd float %".149", %".197"
  %".199" = getelementptr inbounds float, ptr %"field.r.p", i64 %".102"
  %".200" = load float, ptr %".199", !alias.scope !7, !noalias !8
  %".201" = fsub float %".198", %".200"
  %".202" = fmul float %".201", %".201"
  %".203" = fmul float 0x4000000000000000, %".201"
  %".204" = fpext float %".202" to double
  %".205" = load double, double* %"loss.acc"
  %".206" = fadd double %".205", %".204"
  store double %".206", double* %"loss.acc"
  %".208" = getelementptr inbounds float, ptr %".117", i64 0
  %".209" = load float, ptr %".208", !alias.scope !9, !noalias !10
  %".210" = fmul float %".108", %".203"
  %".211" = fsub float %".209", %".210"
  %".212" = getelementptr inbounds float, ptr %".117", i64 0
  store float %".211", ptr %".212", !alias.scope !9, !noalias !10
  %".214" = getelementptr inbounds i16, ptr %".123", i64 0
  %".215" = load i16, ptr %".214", !alias.scope !11, !noalias !12
  %".216" = sitofp i16 %".215" to float
  %".217" = fmul float %".216", 0x3f30000000000000
  %".218" = fmul float 0x3fa99999a0000000, %".217"
  %".219" = fadd float %".203", %".218"
  %".220" = fmul float %".108", %".219"
  %".221" = fmul float %".220", 0x40b0000000000000
  %".222" = fsub float %".216", %".221"
  %".223" = xor i32 %".115", 2654435769
  %".224" = lshr i32 %".223", 16
  %".225" = xor i32 %".223", %".224"
  %".226" = mul i32 %".225", 2146121005
  %".227" = lshr i32 %".226", 15
  %".228" = xor i32 %".226", %".227"
  %".229" = mul i32 %".228", 2221713035
  %".230" = lshr i32 %".229", 16
  %".231" = xor i32 %".229", %".230"
  %".232" = trunc i64 0 to i32
  %".233" = mul i32 %".232", 2654435769
  %".234" = add i32 %".231", %".233"
  %".235" = lshr i32 %".234", 8
  %".236" = uitofp i32 %".235" to float
  %".237" = fmul float %".236", 0x3e70000000000000
  %".238" = fadd float %".222", %".237"
  %".239" = call float @"llvm.floor.f32"(float %".238")
  %".240" = fcmp ogt float %".239", 0x40dfffc000000000
  %".241" = select  i1 %".240", float 0x40dfffc000000000, float %".239"
  %".242" = fcmp olt float %".241", 0xc0dfffc000000000
  %".243" = select  i1 %".242", float 0xc0dfffc000000000, float %".241"
  %".244" = fcmp uno float %".243", %".243"
  %".245" = select  i1 %".244", float              0x0, float %".243"
  %".246" = fptosi float %".245" to i16
  store i16 %".246", ptr %".214", !alias.scope !11, !noalias !12
  %".248" = getelementptr inbounds i16, ptr %".129", i64 0
  %".249" = load i16, ptr %".248", !alias.scope !13, !noalias !14
  %".250" = sitofp i16 %".249" to float
  %".251" = fmul float %".250", 0x3f30000000000000
  %".252" = fmul float 0x3fa99999a0000000, %".251"
  %".253" = fadd float %".203", %".252"
  %".254" = fmul float %".108", %".253"
  %".255" = fmul float %".254", 0x40b0000000000000
  %".256" = fsub float %".250", %".255"
  %".257" = xor i32 %".115", 1013904242
  %".258" = lshr i32 %".257", 16
  %".259" = xor i32 %".257", %".258"
  %".260" = mul i32 %".259", 2146121005
  %".261" = lshr i32 %".260", 15
  %".262" = xor i32 %".260", %".261"
  %".263" = mul i32 %".262", 2221713035
  %".264" = lshr i32 %".263", 16
  %".265" = xor i32 %".263", %".264"
  %".266" = trunc i64 0 to i32
  %".267" = mul i32 %".266", 2654435769
  %".268" = add i32 %".265", %".267"
  %".269" = lshr i32 %".268", 8
  %".270" = uitofp i32 %".269" to float
  %".271" = fmul float %".270", 0x3e70000000000000
  %".272" = fadd float %".256", %".271"
  %".273" = call float @"llvm.floor.f32"(float %".272")
  %".274" = fcmp ogt float %".273", 0x40dfffc000000000
  %".275" = select  i1 %".274", float 0x40dfffc000000000, float %".273"
  %".276" = fcmp olt float %".275", 0xc0dfffc000000000
  %".277" = select  i1 %".276", float 0xc0dfffc000000000, float %".275"
  %".278" = fcmp uno float %".277", %".277"
  %".279" = select  i1 %".278", float              0x0, float %".277"
  %".280" = fptosi float %".279" to i16
  store i16 %".280", ptr %".248", !alias.scope !13, !noalias !14
  %".282" = xor i32 %".115", 3668340011
  %".283" = lshr i32 %".282", 16
  %".284" = xor i32 %".282", %".283"
  %".285" = mul i32 %".284", 2146121005
  %".286" = lshr i32 %".285", 15
  %".287" = xor i32 %".285", %".286"
  %".288" = mul i32 %".287", 2221713035
  %".289" = lshr i32 %".288", 16
  %".290" = xor i32 %".288", %".289"
  %".291" = and i32 %".290", 65535
  %".292" = uitofp i32 %".291" to double
  %".293" = fmul double %".292", 0x3ef0000000000000
  %".294" = fmul float %".108", 0x3fc99999a0000000
  %".295" = fsub float 0x3ff0000000000000, %".294"
  %".296" = fmul float %".108", %".203"
  %".297" = fmul float 0x3f30000000000000, 0x40b0000000000000
  %".298" = fmul float %".296", %".297"
  %".299" = fcmp ogt float %".295", 0x4630000000000000
  %".300" = select  i1 %".299", float 0x4630000000000000, float %".295"
  %".301" = fcmp olt float %".300", 0xc630000000000000
  %".302" = select  i1 %".301", float 0xc630000000000000, float %".300"
  %".303" = fcmp uno float %".295", %".295"
  %".304" = fcmp uno float %".298", %".298"
  %".305" = or i1 %".303", %".304"
  %".306" = select  i1 %".305", float 0x3ff0000000000000, float %".302"
  %".307" = fcmp ogt float %".298", 0x4630000000000000
  %".308" = select  i1 %".307", float 0x4630000000000000, float %".298"
  %".309" = fcmp olt float %".308", 0xc630000000000000
  %".310" = select  i1 %".309", float 0xc630000000000000, float %".308"
  %".311" = fcmp uno float %".298", %".298"
  %".312" = fcmp uno float %".295", %".295"
  %".313" = or i1 %".311", %".312"
  %".314" = select  i1 %".313", float              0x0, float %".310"
  %".315" = fsub float              0x0, %".314"
  %".316" = fpext float %".306" to double
  %".317" = fmul double %".316", 0x40d0000000000000
  %".318" = fadd double %".317", %".293"
  %".319" = call double @"llvm.floor.f64"(double %".318")
  %".320" = fcmp ogt double %".319", 0x40dfffc000000000
  %".321" = select  i1 %".320", double 0x40dfffc000000000, double %".319"
  %".322" = fcmp olt double %".321", 0xc0dfffc000000000
  %".323" = select  i1 %".322", double 0xc0dfffc000000000, double %".321"
  %".324" = fcmp uno double %".323", %".323"
  %".325" = select  i1 %".324", double              0x0, double %".323"
  %".326" = fptosi double %".325" to i32
  %".327" = fpext float %".315" to double
  %".328" = fmul double %".327", 0x40d0000000000000
  %".329" = fadd double %".328", %".293"
  %".330" = call double @"llvm.floor.f64"(double %".329")
  %".331" = fcmp ogt double %".330", 0x40dfffc000000000
  %".332" = select  i1 %".331", double 0x40dfffc000000000, double %".330"
  %".333" = fcmp olt double %".332", 0xc0dfffc000000000
  %".334" = select  i1 %".333", double 0xc0dfffc000000000, double %".332"
  %".335" = fcmp uno double %".334", %".334"
  %".336" = select  i1 %".335", double              0x0, double %".334"
  %".337" = fptosi double %".336" to i32
  %".338" = xor i32 %".115", 2027808484
  %".339" = lshr i32 %".338", 16
  %".340" = xor i32 %".338", %".339"
  %".341" = mul i32 %".340", 2146121005
  %".342" = lshr i32 %".341", 15
  %".343" = xor i32 %".341", %".342"
  %".344" = mul i32 %".343", 2221713035
  %".345" = lshr i32 %".344", 16
  %".346" = xor i32 %".344", %".345"
  %".347" = and i32 %".346", 65535
  %".348" = uitofp i32 %".347" to double
  %".349" = fmul double %".348", 0x3ef0000000000000
  %".350" = fmul float %".108", 0x3fc99999a0000000
  %".351" = fsub float 0x3ff0000000000000, %".350"
  %".352" = fmul float %".108", %".203"
  %".353" = fmul float 0x3f30000000000000, 0x40b0000000000000
  %".354" = fmul float %".352", %".353"
  %".355" = fcmp ogt float %".351", 0x4630000000000000
  %".356" = select  i1 %".355", float 0x4630000000000000, float %".351"
  %".357" = fcmp olt float %".356", 0xc630000000000000
  %".358" = select  i1 %".357", float 0xc630000000000000, float %".356"
  %".359" = fcmp uno float %".351", %".351"
  %".360" = fcmp uno float %".354", %".354"
  %".361" = or i1 %".359", %".360"
  %".362" = select  i1 %".361", float 0x3ff0000000000000, float %".358"
  %".363" = fcmp ogt float %".354", 0x4630000000000000
  %".364" = select  i1 %".363", float 0x4630000000000000, float %".354"
  %".365" = fcmp olt float %".364", 0xc630000000000000
  %".366" = select  i1 %".365", float 0xc630000000000000, float %".364"
  %".367" = fcmp uno float %".354", %".354"
  %".368" = fcmp uno float %".351", %".351"
  %".369" = or i1 %".367", %".368"
  %".370" = select  i1 %".369", float              0x0, float %".366"
  %".371" = fsub float              0x0, %".370"
  %".372" = fpext float %".362" to double
  %".373" = fmul double %".372", 0x40d0000000000000
  %".374" = fadd double %".373", %".349"
  %".375" = call double @"llvm.floor.f64"(double %".374")
  %".376" = fcmp ogt double %".375", 0x40dfffc000000000
  %".377" = select  i1 %".376", double 0x40dfffc000000000, double %".375"
  %".378" = fcmp olt double %".377", 0xc0dfffc000000000
  %".379" = select  i1 %".378", double 0xc0dfffc000000000, double %".377"
  %".380" = fcmp uno double %".379", %".379"
  %".381" = select  i1 %".380", double              0x0, double %".379"
  %".382" = fptosi double %".381" to i32
  %".383" = fpext float %".371" to double
  %".384" = fmul double %".383", 0x40d0000000000000
  %".385" = fadd double %".384", %".349"
  %".386" = call double @"llvm.floor.f64"(double %".385")
  %".387" = fcmp ogt double %".386", 0x40dfffc000000000
  %".388" = select  i1 %".387", double 0x40dfffc000000000, double %".386"
  %".389" = fcmp olt double %".388", 0xc0dfffc000000000
  %".390" = select  i1 %".389", double 0xc0dfffc000000000, double %".388"
  %".391" = fcmp uno double %".390", %".390"
  %".392" = select  i1 %".391", double              0x0, double %".390"
  %".393" = fptosi double %".392" to i32
  %".394" = trunc i32 %".326" to i16
  %".395" = insertelement <2 x i16> <i16 0, i16 0>, i16 %".394", i32 0
  %".396" = trunc i32 %".337" to i16
  %".397" = insertelement <2 x i16> %".395", i16 %".396", i32 1
  %".398" = bitcast <2 x i16> %".397" to i32
  %".399" = insertelement <16 x i32> <i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef>, i32 %".398", i32 0
  %".400" = shufflevector <16 x i32> %".399", <16 x i32> %".399", <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".401" = bitcast <16 x i32> %".400" to <32 x i16>
  %".402" = sext <32 x i16> %".401" to <32 x i32>
  %".403" = trunc i32 %".382" to i16
  %".404" = insertelement <2 x i16> <i16 0, i16 0>, i16 %".403", i32 0
  %".405" = trunc i32 %".393" to i16
  %".406" = insertelement <2 x i16> %".404", i16 %".405", i32 1
  %".407" = bitcast <2 x i16> %".406" to i32
  %".408" = insertelement <16 x i32> <i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef>, i32 %".407", i32 0
  %".409" = shufflevector <16 x i32> %".408", <16 x i32> %".408", <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".410" = bitcast <16 x i32> %".409" to <32 x i16>
  %".411" = sext <32 x i16> %".410" to <32 x i32>
  %".412" = sdiv i64 50, 32
  br label %"rowsv.head"
rowsv.head:
  %"rowsv" = phi  i64 [0, %"pdotm.done"], [%".515", %"rowsv.body"]
  %".414" = icmp slt i64 %"rowsv", %".412"
  br i1 %".414", label %"rowsv.body", label %"rowsv.done"
rowsv.body:
  %".416" = mul i64 %"rowsv", 32
  %".417" = getelementptr inbounds i16, ptr %".133", i64 %".416"
  %".418" = load <32 x i16>, ptr %".417", align 2, !alias.scope !15, !noalias !16
  %".419" = getelementptr inbounds i16, ptr %".137", i64 %".416"
  %".420" = load <32 x i16>, ptr %".419", align 2, !alias.scope !17, !noalias !18
  %".421" = trunc i64 %".416" to i32
  %".422" = insertelement <16 x i32> <i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef>, i32 %".421", i32 0
  %".423" = shufflevector <16 x i32> %".422", <16 x i32> %".422", <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".424" = add <16 x i32> %".423", <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %".425" = insertelement <16 x i32> <i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef>, i32 %".290", i32 0
  %".426" = shufflevector <16 x i32> %".425", <16 x i32> %".425", <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".427" = mul <16 x i32> %".424", <i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769>
  %".428" = add <16 x i32> %".426", %".427"
  %".429" = lshr <16 x i32> %".428", <i32 18, i32 18, i32 18, i32 18, i32 18, i32 18, i32 18, i32 18, i32 18, i32 18, i32 18, i32 18, i32 18, i32 18, i32 18, i32 18>
  %".430" = trunc i64 %".416" to i32
  %".431" = insertelement <16 x i32> <i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef>, i32 %".430", i32 0
  %".432" = shufflevector <16 x i32> %".431", <16 x i32> %".431", <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".433" = add <16 x i32> %".432", <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %".434" = insertelement <16 x i32> <i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef>, i32 %".290", i32 0
  %".435" = shufflevector <16 x i32> %".434", <16 x i32> %".434", <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".436" = mul <16 x i32> %".433", <i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769>
  %".437" = add <16 x i32> %".435", %".436"
  %".438" = lshr <16 x i32> %".437", <i32 18, i32 18, i32 18, i32 18, i32 18, i32 18, i32 18, i32 18, i32 18, i32 18, i32 18, i32 18, i32 18, i32 18, i32 18, i32 18>
  %".439" = shufflevector <32 x i16> %".418", <32 x i16> %".420", <32 x i32> <i32 0, i32 32, i32 1, i32 33, i32 2, i32 34, i32 3, i32 35, i32 8, i32 40, i32 9, i32 41, i32 10, i32 42, i32 11, i32 43, i32 16, i32 48, i32 17, i32 49, i32 18, i32 50, i32 19, i32 51, i32 24, i32 56, i32 25, i32 57, i32 26, i32 58, i32 27, i32 59>
  %".440" = sext <32 x i16> %".439" to <32 x i32>
  %".441" = mul <32 x i32> %".440", %".402"
  %".442" = shufflevector <32 x i32> %".441", <32 x i32> %".441", <16 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14, i32 16, i32 18, i32 20, i32 22, i32 24, i32 26, i32 28, i32 30>
  %".443" = shufflevector <32 x i32> %".441", <32 x i32> %".441", <16 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15, i32 17, i32 19, i32 21, i32 23, i32 25, i32 27, i32 29, i32 31>
  %".444" = add <16 x i32> %".442", %".443"
  %".445" = add <16 x i32> %".444", %".429"
  %".446" = ashr <16 x i32> %".445", <i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14>
  %".447" = icmp sgt <16 x i32> %".446", <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %".448" = select  <16 x i1> %".447", <16 x i32> <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>, <16 x i32> %".446"
  %".449" = icmp slt <16 x i32> %".448", <i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767>
  %".450" = select  <16 x i1> %".449", <16 x i32> <i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767>, <16 x i32> %".448"
  %".451" = bitcast <16 x i32> %".450" to <32 x i16>
  %".452" = shufflevector <32 x i16> %".418", <32 x i16> %".420", <32 x i32> <i32 4, i32 36, i32 5, i32 37, i32 6, i32 38, i32 7, i32 39, i32 12, i32 44, i32 13, i32 45, i32 14, i32 46, i32 15, i32 47, i32 20, i32 52, i32 21, i32 53, i32 22, i32 54, i32 23, i32 55, i32 28, i32 60, i32 29, i32 61, i32 30, i32 62, i32 31, i32 63>
  %".453" = sext <32 x i16> %".452" to <32 x i32>
  %".454" = mul <32 x i32> %".453", %".402"
  %".455" = shufflevector <32 x i32> %".454", <32 x i32> %".454", <16 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14, i32 16, i32 18, i32 20, i32 22, i32 24, i32 26, i32 28, i32 30>
  %".456" = shufflevector <32 x i32> %".454", <32 x i32> %".454", <16 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15, i32 17, i32 19, i32 21, i32 23, i32 25, i32 27, i32 29, i32 31>
  %".457" = add <16 x i32> %".455", %".456"
  %".458" = add <16 x i32> %".457", %".438"
  %".459" = ashr <16 x i32> %".458", <i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14>
  %".460" = icmp sgt <16 x i32> %".459", <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %".461" = select  <16 x i1> %".460", <16 x i32> <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>, <16 x i32> %".459"
  %".462" = icmp slt <16 x i32> %".461", <i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767>
  %".463" = select  <16 x i1> %".462", <16 x i32> <i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767>, <16 x i32> %".461"
  %".464" = bitcast <16 x i32> %".463" to <32 x i16>
  %".465" = shufflevector <32 x i16> %".451", <32 x i16> %".464", <32 x i32> <i32 0, i32 2, i32 4, i32 6, i32 32, i32 34, i32 36, i32 38, i32 8, i32 10, i32 12, i32 14, i32 40, i32 42, i32 44, i32 46, i32 16, i32 18, i32 20, i32 22, i32 48, i32 50, i32 52, i32 54, i32 24, i32 26, i32 28, i32 30, i32 56, i32 58, i32 60, i32 62>
  %".466" = trunc i64 %".416" to i32
  %".467" = insertelement <16 x i32> <i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef>, i32 %".466", i32 0
  %".468" = shufflevector <16 x i32> %".467", <16 x i32> %".467", <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".469" = add <16 x i32> %".468", <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %".470" = insertelement <16 x i32> <i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef>, i32 %".346", i32 0
  %".471" = shufflevector <16 x i32> %".470", <16 x i32> %".470", <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".472" = mul <16 x i32> %".469", <i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769>
  %".473" = add <16 x i32> %".471", %".472"
  %".474" = lshr <16 x i32> %".473", <i32 18, i32 18, i32 18, i32 18, i32 18, i32 18, i32 18, i32 18, i32 18, i32 18, i32 18, i32 18, i32 18, i32 18, i32 18, i32 18>
  %".475" = trunc i64 %".416" to i32
  %".476" = insertelement <16 x i32> <i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef>, i32 %".475", i32 0
  %".477" = shufflevector <16 x i32> %".476", <16 x i32> %".476", <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".478" = add <16 x i32> %".477", <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %".479" = insertelement <16 x i32> <i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef>, i32 %".346", i32 0
  %".480" = shufflevector <16 x i32> %".479", <16 x i32> %".479", <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".481" = mul <16 x i32> %".478", <i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769>
  %".482" = add <16 x i32> %".480", %".481"
  %".483" = lshr <16 x i32> %".482", <i32 18, i32 18, i32 18, i32 18, i32 18, i32 18, i32 18, i32 18, i32 18, i32 18, i32 18, i32 18, i32 18, i32 18, i32 18, i32 18>
  %".484" = shufflevector <32 x i16> %".420", <32 x i16> %".418", <32 x i32> <i32 0, i32 32, i32 1, i32 33, i32 2, i32 34, i32 3, i32 35, i32 8, i32 40, i32 9, i32 41, i32 10, i32 42, i32 11, i32 43, i32 16, i32 48, i32 17, i32 49, i32 18, i32 50, i32 19, i32 51, i32 24, i32 56, i32 25, i32 57, i32 26, i32 58, i32 27, i32 59>
  %".485" = sext <32 x i16> %".484" to <32 x i32>
  %".486" = mul <32 x i32> %".485", %".411"
  %".487" = shufflevector <32 x i32> %".486", <32 x i32> %".486", <16 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14, i32 16, i32 18, i32 20, i32 22, i32 24, i32 26, i32 28, i32 30>
  %".488" = shufflevector <32 x i32> %".486", <32 x i32> %".486", <16 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15, i32 17, i32 19, i32 21, i32 23, i32 25, i32 27, i32 29, i32 31>
  %".489" = add <16 x i32> %".487", %".488"
  %".490" = add <16 x i32> %".489", %".474"
  %".491" = ashr <16 x i32> %".490", <i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14>
  %".492" = icmp sgt <16 x i32> %".491", <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %".493" = select  <16 x i1> %".492", <16 x i32> <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>, <16 x i32> %".491"
  %".494" = icmp slt <16 x i32> %".493", <i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767>
  %".495" = select  <16 x i1> %".494", <16 x i32> <i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767>, <16 x i32> %".493"
  %".496" = bitcast <16 x i32> %".495" to <32 x i16>
  %".497" = shufflevector <32 x i16> %".420", <32 x i16> %".418", <32 x i32> <i32 4, i32 36, i32 5, i32 37, i32 6, i32 38, i32 7, i32 39, i32 12, i32 44, i32 13, i32 45, i32 14, i32 46, i32 15, i32 47, i32 20, i32 52, i32 21, i32 53, i32 22, i32 54, i32 23, i32 55, i32 28, i32 60, i32 29, i32 61, i32 30, i32 62, i32 31, i32 63>
  %".498" = sext <32 x i16> %".497" to <32 x i32>
  %".499" = mul <32 x i32> %".498", %".411"
  %".500" = shufflevector <32 x i32> %".499", <32 x i32> %".499", <16 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14, i32 16, i32 18, i32 20, i32 22, i32 24, i32 26, i32 28, i32 30>
  %".501" = shufflevector <32 x i32> %".499", <32 x i32> %".499", <16 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15, i32 17, i32 19, i32 21, i32 23, i32 25, i32 27, i32 29, i32 31>
  %".502" = add <16 x i32> %".500", %".501"
  %".503" = add <16 x i32> %".502", %".483"
  %".504" = ashr <16 x i32> %".503", <i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14>
  %".505" = icmp sgt <16 x i32> %".504", <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %".506" = select  <16 x i1> %".505", <16 x i32> <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>, <16 x i32> %".504"
  %".507" = icmp slt <16 x i32> %".506", <i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767>
  %".508" = select  <16 x i1> %".507", <16 x i32> <i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767>, <16 x i32> %".506"
  %".509" = bitcast <16 x i32> %".508" to <32 x i16>
  %".510" = shufflevector <32 x i16> %".496", <32 x i16> %".509", <32 x i32> <i32 0, i32 2, i32 4, i32 6, i32 32, i32 34, i32 36, i32 38, i32 8, i32 10, i32 12, i32 14, i32 40, i32 42, i32 44, i32 46, i32 16, i32 18, i32 20, i32 22, i32 48, i32 50, i32 52, i32 54, i32 24, i32 26, i32 28, i32 30, i32 56, i32 58, i32 60, i32 62>
  %".511" = getelementptr inbounds i16, ptr %".133", i64 %".416"
  store <32 x i16> %".465", ptr %".511", align 2, !alias.scope !15, !noalias !16
  %".513" = getelementptr inbounds i16, ptr %".137", i64 %".416"
  store <32 x i16> %".510", ptr %".513", align 2, !alias.scope !17, !noalias !18
  %".515" = add i64 %"rowsv", 1
  br label %"rowsv.head"
rowsv.done:
  %".517" = mul i64 %".412", 32
  %".518" = sub i64 50, %".517"
  %".519" = icmp sgt i64 %".518", 0
  br i1 %".519", label %"rowsm.body", label %"rowsm.done"
rowsm.body:
  %".521" = insertelement <32 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %".518", i32 0
  %".522" = shufflevector <32 x i64> %".521", <32 x i64> %".521", <32 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".523" = icmp slt <32 x i64> <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15, i64 16, i64 17, i64 18, i64 19, i64 20, i64 21, i64 22, i64 23, i64 24, i64 25, i64 26, i64 27, i64 28, i64 29, i64 30, i64 31>, %".522"
  %".524" = getelementptr inbounds i16, ptr %".133", i64 %".517"
  %".525" = call <32 x i16> @"llvm.masked.load.v32i16.p0"(ptr %".524", i32 2, <32 x i1> %".523", <32 x i16> <i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0>)
  %".526" = getelementptr inbounds i16, ptr %".137", i64 %".517"
  %".527" = call <32 x i16> @"llvm.masked.load.v32i16.p0"(ptr %".526", i32 2, <32 x i1> %".523", <32 x i16> <i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0>)
  %".528" = trunc i64 %".517" to i32
  %".529" = insertelement <16 x i32> <i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef>, i32 %".528", i32 0
  %".530" = shufflevector <16 x i32> %".529", <16 x i32> %".529", <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".531" = add <16 x i32> %".530", <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %".532" = insertelement <16 x i32> <i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef>, i32 %".290", i32 0
  %".533" = shufflevector <16 x i32> %".532", <16 x i32> %".532", <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".534" = mul <16 x i32> %".531", <i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769>
  %".535" = add <16 x i32> %".533", %".534"
  %".536" = lshr <16 x i32> %".535", <i32 18, i32 18, i32 18, i32 18, i32 18, i32 18, i32 18, i32 18, i32 18, i32 18, i32 18, i32 18, i32 18, i32 18, i32 18, i32 18>
  %".537" = trunc i64 %".517" to i32
  %".538" = insertelement <16 x i32> <i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef>, i32 %".537", i32 0
  %".539" = shufflevector <16 x i32> %".538", <16 x i32> %".538", <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".540" = add <16 x i32> %".539", <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %".541" = insertelement <16 x i32> <i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef>, i32 %".290", i32 0
  %".542" = shufflevector <16 x i32> %".541", <16 x i32> %".541", <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".543" = mul <16 x i32> %".540", <i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769>
  %".544" = add <16 x i32> %".542", %".543"
  %".545" = lshr <16 x i32> %".544", <i32 18, i32 18, i32 18, i32 18, i32 18, i32 18, i32 18, i32 18, i32 18, i32 18, i32 18, i32 18, i32 18, i32 18, i32 18, i32 18>
  %".546" = shufflevector <32 x i16> %".525", <32 x i16> %".527", <32 x i32> <i32 0, i32 32, i32 1, i32 33, i32 2, i32 34, i32 3, i32 35, i32 8, i32 40, i32 9, i32 41, i32 10, i32 42, i32 11, i32 43, i32 16, i32 48, i32 17, i32 49, i32 18, i32 50, i32 19, i32 51, i32 24, i32 56, i32 25, i32 57, i32 26, i32 58, i32 27, i32 59>
  %".547" = sext <32 x i16> %".546" to <32 x i32>
  %".548" = mul <32 x i32> %".547", %".402"
  %".549" = shufflevector <32 x i32> %".548", <32 x i32> %".548", <16 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14, i32 16, i32 18, i32 20, i32 22, i32 24, i32 26, i32 28, i32 30>
  %".550" = shufflevector <32 x i32> %".548", <32 x i32> %".548", <16 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15, i32 17, i32 19, i32 21, i32 23, i32 25, i32 27, i32 29, i32 31>
  %".551" = add <16 x i32> %".549", %".550"
  %".552" = add <16 x i32> %".551", %".536"
  %".553" = ashr <16 x i32> %".552", <i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14>
  %".554" = icmp sgt <16 x i32> %".553", <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %".555" = select  <16 x i1> %".554", <16 x i32> <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>, <16 x i32> %".553"
  %".556" = icmp slt <16 x i32> %".555", <i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767>
  %".557" = select  <16 x i1> %".556", <16 x i32> <i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767>, <16 x i32> %".555"
  %".558" = bitcast <16 x i32> %".557" to <32 x i16>
  %".559" = shufflevector <32 x i16> %".525", <32 x i16> %".527", <32 x i32> <i32 4, i32 36, i32 5, i32 37, i32 6, i32 38, i32 7, i32 39, i32 12, i32 44, i32 13, i32 45, i32 14, i32 46, i32 15, i32 47, i32 20, i32 52, i32 21, i32 53, i32 22, i32 54, i32 23, i32 55, i32 28, i32 60, i32 29, i32 61, i32 30, i32 62, i32 31, i32 63>
  %".560" = sext <32 x i16> %".559" to <32 x i32>
  %".561" = mul <32 x i32> %".560", %".402"
  %".562" = shufflevector <32 x i32> %".561", <32 x i32> %".561", <16 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14, i32 16, i32 18, i32 20, i32 22, i32 24, i32 26, i32 28, i32 30>
  %".563" = shufflevector <32 x i32> %".561", <32 x i32> %".561", <16 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15, i32 17, i32 19, i32 21, i32 23, i32 25, i32 27, i32 29, i32 31>
  %".564" = add <16 x i32> %".562", %".563"
  %".565" = add <16 x i32> %".564", %".545"
  %".566" = ashr <16 x i32> %".565", <i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14>
  %".567" = icmp sgt <16 x i32> %".566", <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %".568" = select  <16 x i1> %".567", <16 x i32> <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>, <16 x i32> %".566"
  %".569" = icmp slt <16 x i32> %".568", <i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767>
  %".570" = select  <16 x i1> %".569", <16 x i32> <i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767>, <16 x i32> %".568"
  %".571" = bitcast <16 x i32> %".570" to <32 x i16>
  %".572" = shufflevector <32 x i16> %".558", <32 x i16> %".571", <32 x i32> <i32 0, i32 2, i32 4, i32 6, i32 32, i32 34, i32 36, i32 38, i32 8, i32 10, i32 12, i32 14, i32 40, i32 42, i32 44, i32 46, i32 16, i32 18, i32 20, i32 22, i32 48, i32 50, i32 52, i32 54, i32 24, i32 26, i32 28, i32 30, i32 56, i32 58, i32 60, i32 62>
  %".573" = trunc i64 %".517" to i32
  %".574" = insertelement <16 x i32> <i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef>, i32 %".573", i32 0
  %".575" = shufflevector <16 x i32> %".574", <16 x i32> %".574", <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".576" = add <16 x i32> %".575", <i32 0, i32 1, i32 2, i32 3, i32 8, i32 9, i32 10, i32 11, i32 16, i32 17, i32 18, i32 19, i32 24, i32 25, i32 26, i32 27>
  %".577" = insertelement <16 x i32> <i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef>, i32 %".346", i32 0
  %".578" = shufflevector <16 x i32> %".577", <16 x i32> %".577", <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".579" = mul <16 x i32> %".576", <i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769>
  %".580" = add <16 x i32> %".578", %".579"
  %".581" = lshr <16 x i32> %".580", <i32 18, i32 18, i32 18, i32 18, i32 18, i32 18, i32 18, i32 18, i32 18, i32 18, i32 18, i32 18, i32 18, i32 18, i32 18, i32 18>
  %".582" = trunc i64 %".517" to i32
  %".583" = insertelement <16 x i32> <i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef>, i32 %".582", i32 0
  %".584" = shufflevector <16 x i32> %".583", <16 x i32> %".583", <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".585" = add <16 x i32> %".584", <i32 4, i32 5, i32 6, i32 7, i32 12, i32 13, i32 14, i32 15, i32 20, i32 21, i32 22, i32 23, i32 28, i32 29, i32 30, i32 31>
  %".586" = insertelement <16 x i32> <i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef>, i32 %".346", i32 0
  %".587" = shufflevector <16 x i32> %".586", <16 x i32> %".586", <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".588" = mul <16 x i32> %".585", <i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769>
  %".589" = add <16 x i32> %".587", %".588"
  %".590" = lshr <16 x i32> %".589", <i32 18, i32 18, i32 18, i32 18, i32 18, i32 18, i32 18, i32 18, i32 18, i32 18, i32 18, i32 18, i32 18, i32 18, i32 18, i32 18>
  %".591" = shufflevector <32 x i16> %".527", <32 x i16> %".525", <32 x i32> <i32 0, i32 32, i32 1, i32 33, i32 2, i32 34, i32 3, i32 35, i32 8, i32 40, i32 9, i32 41, i32 10, i32 42, i32 11, i32 43, i32 16, i32 48, i32 17, i32 49, i32 18, i32 50, i32 19, i32 51, i32 24, i32 56, i32 25, i32 57, i32 26, i32 58, i32 27, i32 59>
  %".592" = sext <32 x i16> %".591" to <32 x i32>
  %".593" = mul <32 x i32> %".592", %".411"
  %".594" = shufflevector <32 x i32> %".593", <32 x i32> %".593", <16 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14, i32 16, i32 18, i32 20, i32 22, i32 24, i32 26, i32 28, i32 30>
  %".595" = shufflevector <32 x i32> %".593", <32 x i32> %".593", <16 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15, i32 17, i32 19, i32 21, i32 23, i32 25, i32 27, i32 29, i32 31>
  %".596" = add <16 x i32> %".594", %".595"
  %".597" = add <16 x i32> %".596", %".581"
  %".598" = ashr <16 x i32> %".597", <i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14>
  %".599" = icmp sgt <16 x i32> %".598", <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %".600" = select  <16 x i1> %".599", <16 x i32> <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>, <16 x i32> %".598"
  %".601" = icmp slt <16 x i32> %".600", <i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767>
  %".602" = select  <16 x i1> %".601", <16 x i32> <i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767>, <16 x i32> %".600"
  %".603" = bitcast <16 x i32> %".602" to <32 x i16>
  %".604" = shufflevector <32 x i16> %".527", <32 x i16> %".525", <32 x i32> <i32 4, i32 36, i32 5, i32 37, i32 6, i32 38, i32 7, i32 39, i32 12, i32 44, i32 13, i32 45, i32 14, i32 46, i32 15, i32 47, i32 20, i32 52, i32 21, i32 53, i32 22, i32 54, i32 23, i32 55, i32 28, i32 60, i32 29, i32 61, i32 30, i32 62, i32 31, i32 63>
  %".605" = sext <32 x i16> %".604" to <32 x i32>
  %".606" = mul <32 x i32> %".605", %".411"
  %".607" = shufflevector <32 x i32> %".606", <32 x i32> %".606", <16 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14, i32 16, i32 18, i32 20, i32 22, i32 24, i32 26, i32 28, i32 30>
  %".608" = shufflevector <32 x i32> %".606", <32 x i32> %".606", <16 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15, i32 17, i32 19, i32 21, i32 23, i32 25, i32 27, i32 29, i32 31>
  %".609" = add <16 x i32> %".607", %".608"
  %".610" = add <16 x i32> %".609", %".590"
  %".611" = ashr <16 x i32> %".610", <i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14, i32 14>
  %".612" = icmp sgt <16 x i32> %".611", <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>
  %".613" = select  <16 x i1> %".612", <16 x i32> <i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767, i32 32767>, <16 x i32> %".611"
  %".614" = icmp slt <16 x i32> %".613", <i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767>
  %".615" = select  <16 x i1> %".614", <16 x i32> <i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767, i32 -32767>, <16 x i32> %".613"
  %".616" = bitcast <16 x i32> %".615" to <32 x i16>
  %".617" = shufflevector <32 x i16> %".603", <32 x i16> %".616", <32 x i32> <i32 0, i32 2, i32 4, i32 6, i32 32, i32 34, i32 36, i32 38, i32 8, i32 10, i32 12, i32 14, i32 40, i32 42, i32 44, i32 46, i32 16, i32 18, i32 20, i32 22, i32 48, i32 50, i32 52, i32 54, i32 24, i32 26, i32 28, i32 30, i32 56, i32 58, i32 60, i32 62>
  %".618" = getelementptr inbounds i16, ptr %".133", i64 %".517"
  call void @"llvm.masked.store.v32i16.p0"(<32 x i16> %".572", ptr %".618", i32 2, <32 x i1> %".523")
  %".620" = getelementptr inbounds i16, ptr %".137", i64 %".517"
  call void @"llvm.masked.store.v32i16.p0"(<32 x i16> %".617", ptr %".620", i32 2, <32 x i1> %".523")
  br label %"rowsm.done"
rowsm.done:
  br i1 %".17", label %"rowsm.done.if", label %"rowsm.done.endif"
rowsm.done.if:
  %".624" = load i64, i64* %"push.left"
  %".625" = sub i64 %".624", 1
  store i64 %".625", i64* %"push.left"
  %".627" = icmp sle i64 %".625", 0
  br i1 %".627", label %"rowsm.done.if.if", label %"rowsm.done.if.endif"
rowsm.done.endif:
  %".648" = add i64 %"ex", 1
  br label %"ex.head"
rowsm.done.if.if:
  br label %"cp.head.1"
rowsm.done.if.endif:
  br label %"rowsm.done.endif"
cp.head.1:
  %"cp.1" = phi  i64 [0, %"rowsm.done.if.if"], [%".643", %"cp.body.1"]
  %".630" = icmp slt i64 %"cp.1", 1
  br i1 %".630", label %"cp.body.1", label %"cp.done.1"
cp.body.1:
  %".632" = getelementptr inbounds float, ptr %"param.mu.p", i64 %"cp.1"
  %".633" = getelementptr inbounds float, ptr %"base.mu.p", i64 %"cp.1"
  %".634" = getelementptr inbounds float, ptr %"master.mu.p", i64 %"cp.1"
  %".635" = load float, ptr %".632"
  %".636" = load float, ptr %".633"
  %".637" = fsub float %".635", %".636"
  %".638" = fmul float %".637", %".16"
  %".639" = atomicrmw fadd ptr %".634", float %".638" monotonic
  %".640" = load atomic float, ptr %".634" monotonic, align 4
  store float %".640", ptr %".632"
  store float %".640", ptr %".633"
  %".643" = add i64 %"cp.1", 1
  br label %"cp.head.1"
cp.done.1:
  store i64 %"push.", i64* %"push.left"
  br label %"rowsm.done.if.endif"
ex.done.if:
  br label %"cp.head.2"
ex.done.endif:
  %".668" = load double, double* %"loss.acc"
  store double %".668", ptr %"out"
  %".670" = load i32, i32* %"rng.state"
  store i32 %".670", ptr %"rng..p"
  ret void
cp.head.2:
  %"cp.2" = phi  i64 [0, %"ex.done.if"], [%".665", %"cp.body.2"]
  %".652" = icmp slt i64 %"cp.2", 1
  br i1 %".652", label %"cp.body.2", label %"cp.done.2"
cp.body.2:
  %".654" = getelementptr inbounds float, ptr %"param.mu.p", i64 %"cp.2"
  %".655" = getelementptr inbounds float, ptr %"base.mu.p", i64 %"cp.2"
  %".656" = getelementptr inbounds float, ptr %"master.mu.p", i64 %"cp.2"
  %".657" = load float, ptr %".654"
  %".658" = load float, ptr %".655"
  %".659" = fsub float %".657", %".658"
  %".660" = fmul float %".659", %".16"
  %".661" = atomicrmw fadd ptr %".656", float %".660" monotonic
  %".662" = load atomic float, ptr %".656" monotonic, align 4
  store float %".662", ptr %".654"
  store float %".662", ptr %".655"
  %".665" = add i64 %"cp.2", 1
  br label %"cp.head.2"
cp.done.2:
  br label %"ex.done.endif"
}

declare void @"llvm.prefetch.p0"(ptr %".1", i32 %".2", i32 %".3", i32 %".4")

declare <32 x i16> @"llvm.masked.load.v32i16.p0"(ptr %".1", i32 %".2", <32 x i1> %".3", <32 x i16> %".4")

declare i64 @"llvm.vector.reduce.add.v16i64"(<16 x i64> %".1")

declare float @"llvm.floor.f32"(float %".1")

declare double @"llvm.floor.f64"(double %".1")

declare void @"llvm.masked.store.v32i16.p0"(<32 x i16> %".1", ptr %".2", i32 %".3", <32 x i1> %".4")

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
  store <16 x i64> <i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0>, <16 x i64>* %"pairs.acc"
  %".50" = sdiv i64 50, 32
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
  %".72" = sub i64 50, %".71"
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
  store <16 x i64> <i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0>, <16 x i64>* %"pairs.acc"
  %".50" = sdiv i64 50, 32
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
  %".72" = sub i64 50, %".71"
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