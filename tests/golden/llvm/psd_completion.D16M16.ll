; llvmlite 0.50.0
; ModuleID = "sgdc.psd_completion"
target triple = "unknown-unknown-unknown"
target datalayout = ""

define void @"sgdc_train"(ptr %"slots", i64 %"begin", i64 %"end", ptr %"out")
{
entry:
  %"loss.acc" = alloca double
  %".7" = getelementptr inbounds i64, ptr %"slots", i64 5
  %"order." = load i64, ptr %".7"
  %"order..p" = inttoptr i64 %"order." to ptr
  %".8" = getelementptr inbounds i64, ptr %"slots", i64 6
  %"epoch." = load i64, ptr %".8"
  %"rng.state" = alloca i32
  %".10" = getelementptr inbounds i64, ptr %"slots", i64 9
  %"rng." = load i64, ptr %".10"
  %"rng..p" = inttoptr i64 %"rng." to ptr
  %".11" = load i32, ptr %"rng..p"
  store i32 %".11", i32* %"rng.state"
  %".22" = getelementptr inbounds i64, ptr %"slots", i64 1
  %"field.i" = load i64, ptr %".22"
  %"field.i.p" = inttoptr i64 %"field.i" to ptr
  %".25" = getelementptr inbounds i64, ptr %"slots", i64 2
  %"field.j" = load i64, ptr %".25"
  %"field.j.p" = inttoptr i64 %"field.j" to ptr
  %".28" = getelementptr inbounds i64, ptr %"slots", i64 3
  %"field.a" = load i64, ptr %".28"
  %"field.a.p" = inttoptr i64 %"field.a" to ptr
  %".41" = getelementptr inbounds i64, ptr %"slots", i64 0
  %"param.X" = load i64, ptr %".41"
  %"param.X.p" = inttoptr i64 %"param.X" to ptr
  %".60" = getelementptr inbounds i64, ptr %"slots", i64 7
  %"t0." = load i64, ptr %".60"
  %"pairs.acc" = alloca <16 x i64>
  br label %"start"
start:
  store double              0x0, double* %"loss.acc"
  %".9" = sitofp i64 %"epoch." to float
  br label %"ex.head"
ex.head:
  %"ex" = phi  i64 [%"begin", %"start"], [%".222", %"rows.done"]
  %".14" = icmp slt i64 %"ex", %"end"
  br i1 %".14", label %"ex.body", label %"ex.done"
ex.body:
  %".16" = add i64 %"ex", 16
  %".17" = icmp slt i64 %".16", %"end"
  %".18" = select  i1 %".17", i64 %".16", i64 %"ex"
  %".19" = getelementptr inbounds i32, ptr %"order..p", i64 %".18"
  %".20" = load i32, ptr %".19"
  %".21" = sext i32 %".20" to i64
  %".23" = getelementptr inbounds i32, ptr %"field.i.p", i64 %".21"
  call void @"llvm.prefetch.p0"(ptr %".23", i32 0, i32 3, i32 1)
  %".26" = getelementptr inbounds i32, ptr %"field.j.p", i64 %".21"
  call void @"llvm.prefetch.p0"(ptr %".26", i32 0, i32 3, i32 1)
  %".29" = getelementptr inbounds i32, ptr %"field.a.p", i64 %".21"
  call void @"llvm.prefetch.p0"(ptr %".29", i32 0, i32 3, i32 1)
  %".31" = add i64 %"ex", 8
  %".32" = icmp slt i64 %".31", %"end"
  %".33" = select  i1 %".32", i64 %".31", i64 %"ex"
  %".34" = getelementptr inbounds i32, ptr %"order..p", i64 %".33"
  %".35" = load i32, ptr %".34"
  %".36" = sext i32 %".35" to i64
  %".37" = getelementptr inbounds i32, ptr %"field.i.p", i64 %".36"
  %".38" = load i32, ptr %".37"
  %".39" = sext i32 %".38" to i64
  %".40" = mul i64 1, 5
  %".42" = mul i64 %".39", %".40"
  %".43" = getelementptr inbounds i16, ptr %"param.X.p", i64 %".42"
  %".44" = getelementptr i8, ptr %".43", i64 0
  call void @"llvm.prefetch.p0"(ptr %".44", i32 0, i32 3, i32 1)
  %".46" = getelementptr i8, ptr %".43", i64 9
  call void @"llvm.prefetch.p0"(ptr %".46", i32 0, i32 3, i32 1)
  %".48" = getelementptr inbounds i32, ptr %"field.j.p", i64 %".36"
  %".49" = load i32, ptr %".48"
  %".50" = sext i32 %".49" to i64
  %".51" = mul i64 1, 5
  %".52" = mul i64 %".50", %".51"
  %".53" = getelementptr inbounds i16, ptr %"param.X.p", i64 %".52"
  %".54" = getelementptr i8, ptr %".53", i64 0
  call void @"llvm.prefetch.p0"(ptr %".54", i32 0, i32 3, i32 1)
  %".56" = getelementptr i8, ptr %".53", i64 9
  call void @"llvm.prefetch.p0"(ptr %".56", i32 0, i32 3, i32 1)
  %".58" = getelementptr inbounds i32, ptr %"order..p", i64 %"ex"
  %"e" = load i32, ptr %".58", !alias.scope !3, !noalias !4
  %".59" = sext i32 %"e" to i64
  %".61" = add i64 %"t0.", %"ex"
  %".62" = sitofp i64 %".61" to float
  %".63" = fmul float 0x3fb99999a0000000, %".9"
  %".64" = fadd float 0x3ff0000000000000, %".63"
  %".65" = fdiv float 0x3fb99999a0000000, %".64"
  %".66" = load i32, i32* %"rng.state"
  %".67" = shl i32 %".66", 13
  %".68" = xor i32 %".66", %".67"
  %".69" = lshr i32 %".68", 17
  %".70" = xor i32 %".68", %".69"
  %".71" = shl i32 %".70", 5
  %".72" = xor i32 %".70", %".71"
  store i32 %".72", i32* %"rng.state"
  %".74" = mul i64 1, 5
  %".75" = getelementptr inbounds i32, ptr %"field.i.p", i64 %".59"
  %".76" = load i32, ptr %".75", !alias.scope !3, !noalias !4
  %".77" = sext i32 %".76" to i64
  %".78" = mul i64 %".77", %".74"
  %".79" = add i64 0, %".78"
  %".80" = getelementptr inbounds i16, ptr %"param.X.p", i64 %".79"
  %".81" = mul i64 1, 5
  %".82" = getelementptr inbounds i32, ptr %"field.j.p", i64 %".59"
  %".83" = load i32, ptr %".82", !alias.scope !3, !noalias !4
  %".84" = sext i32 %".83" to i64
  %".85" = mul i64 %".84", %".81"
  %".86" = add i64 0, %".85"
  %".87" = getelementptr inbounds i16, ptr %"param.X.p", i64 %".86"
  store <16 x i64> <i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0>, <16 x i64>* %"pairs.acc"
  %".89" = sdiv i64 5, 32
  br label %"pdot.head"
ex.done:
  %".224" = load double, double* %"loss.acc"
  store double %".224", ptr %"out"
  %".226" = load i32, i32* %"rng.state"
  store i32 %".226", ptr %"rng..p"
  ret void
pdot.head:
  %"pdot" = phi  i64 [0, %"ex.body"], [%".108", %"pdot.body"]
  %".91" = icmp slt i64 %"pdot", %".89"
  br i1 %".91", label %"pdot.body", label %"pdot.done"
pdot.body:
  %".93" = mul i64 %"pdot", 32
  %".94" = getelementptr inbounds i16, ptr %".80", i64 %".93"
  %".95" = load <32 x i16>, ptr %".94", align 2, !alias.scope !4, !noalias !3
  %".96" = sext <32 x i16> %".95" to <32 x i32>
  %".97" = getelementptr inbounds i16, ptr %".87", i64 %".93"
  %".98" = load <32 x i16>, ptr %".97", align 2, !alias.scope !4, !noalias !3
  %".99" = sext <32 x i16> %".98" to <32 x i32>
  %".100" = mul <32 x i32> %".96", %".99"
  %".101" = shufflevector <32 x i32> %".100", <32 x i32> %".100", <16 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14, i32 16, i32 18, i32 20, i32 22, i32 24, i32 26, i32 28, i32 30>
  %".102" = shufflevector <32 x i32> %".100", <32 x i32> %".100", <16 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15, i32 17, i32 19, i32 21, i32 23, i32 25, i32 27, i32 29, i32 31>
  %".103" = load <16 x i64>, <16 x i64>* %"pairs.acc"
  %".104" = add <16 x i32> %".101", %".102"
  %".105" = sext <16 x i32> %".104" to <16 x i64>
  %".106" = add <16 x i64> %".103", %".105"
  store <16 x i64> %".106", <16 x i64>* %"pairs.acc"
  %".108" = add i64 %"pdot", 1
  br label %"pdot.head"
pdot.done:
  %".110" = mul i64 %".89", 32
  %".111" = sub i64 5, %".110"
  %".112" = icmp sgt i64 %".111", 0
  br i1 %".112", label %"pdotm.body", label %"pdotm.done"
pdotm.body:
  %".114" = insertelement <32 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %".111", i32 0
  %".115" = shufflevector <32 x i64> %".114", <32 x i64> %".114", <32 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".116" = icmp slt <32 x i64> <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15, i64 16, i64 17, i64 18, i64 19, i64 20, i64 21, i64 22, i64 23, i64 24, i64 25, i64 26, i64 27, i64 28, i64 29, i64 30, i64 31>, %".115"
  %".117" = getelementptr inbounds i16, ptr %".80", i64 %".110"
  %".118" = call <32 x i16> @"llvm.masked.load.v32i16.p0"(ptr %".117", i32 2, <32 x i1> %".116", <32 x i16> <i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0>)
  %".119" = sext <32 x i16> %".118" to <32 x i32>
  %".120" = getelementptr inbounds i16, ptr %".87", i64 %".110"
  %".121" = call <32 x i16> @"llvm.masked.load.v32i16.p0"(ptr %".120", i32 2, <32 x i1> %".116", <32 x i16> <i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0>)
  %".122" = sext <32 x i16> %".121" to <32 x i32>
  %".123" = mul <32 x i32> %".119", %".122"
  %".124" = shufflevector <32 x i32> %".123", <32 x i32> %".123", <16 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14, i32 16, i32 18, i32 20, i32 22, i32 24, i32 26, i32 28, i32 30>
  %".125" = shufflevector <32 x i32> %".123", <32 x i32> %".123", <16 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15, i32 17, i32 19, i32 21, i32 23, i32 25, i32 27, i32 29, i32 31>
  %".126" = load <16 x i64>, <16 x i64>* %"pairs.acc"
  %".127" = add <16 x i32> %".124", %".125"
  %".128" = sext <16 x i32> %".127" to <16 x i64>
  %".129" = add <16 x i64> %".126", %".128"
  store <16 x i64> %".129", <16 x i64>* %"pairs.acc"
  br label %"pdotm.done"
pdotm.done:
  %".132" = load <16 x i64>, <16 x i64>* %"pairs.acc"
  %".133" = call i64 @"llvm.vector.reduce.add.v16i64"(<16 x i64> %".132")
  %".134" = sitofp i64 %".133" to float
  %".135" = fmul float %".134", 0x3e70000000000000
  %".136" = getelementptr inbounds float, ptr %"field.a.p", i64 %".59"
  %".137" = load float, ptr %".136", !alias.scope !3, !noalias !4
  %".138" = fsub float %".135", %".137"
  %".139" = fmul float %".138", %".138"
  %".140" = fmul float 0x4000000000000000, %".138"
  %".141" = fpext float %".139" to double
  %".142" = load double, double* %"loss.acc"
  %".143" = fadd double %".142", %".141"
  store double %".143", double* %"loss.acc"
  %".145" = fmul float %".65", 0x40b0000000000000
  %".146" = fmul float %".65", 0x40b0000000000000
  br label %"rows.head"
rows.head:
  %"rows" = phi  i64 [0, %"pdotm.done"], [%".220", %"rows.body"]
  %".148" = icmp slt i64 %"rows", 5
  br i1 %".148", label %"rows.body", label %"rows.done"
rows.body:
  %".150" = getelementptr inbounds i16, ptr %".87", i64 %"rows"
  %".151" = load i16, ptr %".150", !alias.scope !4, !noalias !3
  %".152" = sitofp i16 %".151" to float
  %".153" = fmul float %".152", 0x3f30000000000000
  %".154" = fmul float %".140", %".153"
  %".155" = getelementptr inbounds i16, ptr %".80", i64 %"rows"
  %".156" = load i16, ptr %".155", !alias.scope !4, !noalias !3
  %".157" = sitofp i16 %".156" to float
  %".158" = fmul float %".157", 0x3f30000000000000
  %".159" = fmul float %".140", %".158"
  %".160" = getelementptr inbounds i16, ptr %".80", i64 %"rows"
  %".161" = load i16, ptr %".160", !alias.scope !4, !noalias !3
  %".162" = sitofp i16 %".161" to float
  %".163" = fmul float %".154", %".145"
  %".164" = fsub float %".162", %".163"
  %".165" = xor i32 %".72", 0
  %".166" = lshr i32 %".165", 16
  %".167" = xor i32 %".165", %".166"
  %".168" = mul i32 %".167", 2146121005
  %".169" = lshr i32 %".168", 15
  %".170" = xor i32 %".168", %".169"
  %".171" = mul i32 %".170", 2221713035
  %".172" = lshr i32 %".171", 16
  %".173" = xor i32 %".171", %".172"
  %".174" = trunc i64 %"rows" to i32
  %".175" = mul i32 %".174", 2654435769
  %".176" = add i32 %".173", %".175"
  %".177" = lshr i32 %".176", 8
  %".178" = uitofp i32 %".177" to float
  %".179" = fmul float %".178", 0x3e70000000000000
  %".180" = fadd float %".164", %".179"
  %".181" = call float @"llvm.floor.f32"(float %".180")
  %".182" = fcmp ogt float %".181", 0x40dfffc000000000
  %".183" = select  i1 %".182", float 0x40dfffc000000000, float %".181"
  %".184" = fcmp olt float %".183", 0xc0dfffc000000000
  %".185" = select  i1 %".184", float 0xc0dfffc000000000, float %".183"
  %".186" = fcmp uno float %".185", %".185"
  %".187" = select  i1 %".186", float              0x0, float %".185"
  %".188" = fptosi float %".187" to i16
  store i16 %".188", ptr %".160", !alias.scope !4, !noalias !3
  %".190" = getelementptr inbounds i16, ptr %".87", i64 %"rows"
  %".191" = load i16, ptr %".190", !alias.scope !4, !noalias !3
  %".192" = sitofp i16 %".191" to float
  %".193" = fmul float %".159", %".146"
  %".194" = fsub float %".192", %".193"
  %".195" = xor i32 %".72", 2654435769
  %".196" = lshr i32 %".195", 16
  %".197" = xor i32 %".195", %".196"
  %".198" = mul i32 %".197", 2146121005
  %".199" = lshr i32 %".198", 15
  %".200" = xor i32 %".198", %".199"
  %".201" = mul i32 %".200", 2221713035
  %".202" = lshr i32 %".201", 16
  %".203" = xor i32 %".201", %".202"
  %".204" = trunc i64 %"rows" to i32
  %".205" = mul i32 %".204", 2654435769
  %".206" = add i32 %".203", %".205"
  %".207" = lshr i32 %".206", 8
  %".208" = uitofp i32 %".207" to float
  %".209" = fmul float %".208", 0x3e70000000000000
  %".210" = fadd float %".194", %".209"
  %".211" = call float @"llvm.floor.f32"(float %".210")
  %".212" = fcmp ogt float %".211", 0x40dfffc000000000
  %".213" = select  i1 %".212", float 0x40dfffc000000000, float %".211"
  %".214" = fcmp olt float %".213", 0xc0dfffc000000000
  %".215" = select  i1 %".214", float 0xc0dfffc000000000, float %".213"
  %".216" = fcmp uno float %".215", %".215"
  %".217" = select  i1 %".216", float              0x0, float %".215"
  %".218" = fptosi float %".217" to i16
  store i16 %".218", ptr %".190", !alias.scope !4, !noalias !3
  %".220" = add i64 %"rows", 1
  br label %"rows.head"
rows.done:
  %".222" = add i64 %"ex", 1
  br label %"ex.head"
}

declare void @"llvm.prefetch.p0"(ptr %".1", i32 %".2", i32 %".3", i32 %".4")

declare <32 x i16> @"llvm.masked.load.v32i16.p0"(ptr %".1", i32 %".2", <32 x i1> %".3", <32 x i16> %".4")

declare i64 @"llvm.vector.reduce.add.v16i64"(<16 x i64> %".1")

declare float @"llvm.floor.f32"(float %".1")

define void @"sgdc_predict"(ptr %"slots", i64 %"begin", i64 %"end", ptr %"out")
{
entry:
  %".10" = getelementptr inbounds i64, ptr %"slots", i64 1
  %"field.i" = load i64, ptr %".10"
  %"field.i.p" = inttoptr i64 %"field.i" to ptr
  %".16" = getelementptr inbounds i64, ptr %"slots", i64 0
  %"param.X" = load i64, ptr %".16"
  %"param.X.p" = inttoptr i64 %"param.X" to ptr
  %".19" = getelementptr inbounds i64, ptr %"slots", i64 2
  %"field.j" = load i64, ptr %".19"
  %"field.j.p" = inttoptr i64 %"field.j" to ptr
  %"pairs.acc" = alloca <16 x i64>
  br label %"start"
start:
  br label %"ex.head"
ex.head:
  %"ex" = phi  i64 [%"begin", %"start"], [%".77", %"pdotm.done"]
  %".7" = icmp slt i64 %"ex", %"end"
  br i1 %".7", label %"ex.body", label %"ex.done"
ex.body:
  %".9" = mul i64 1, 5
  %".11" = getelementptr inbounds i32, ptr %"field.i.p", i64 %"ex"
  %".12" = load i32, ptr %".11", !alias.scope !3, !noalias !4
  %".13" = sext i32 %".12" to i64
  %".14" = mul i64 %".13", %".9"
  %".15" = add i64 0, %".14"
  %".17" = getelementptr inbounds i16, ptr %"param.X.p", i64 %".15"
  %".18" = mul i64 1, 5
  %".20" = getelementptr inbounds i32, ptr %"field.j.p", i64 %"ex"
  %".21" = load i32, ptr %".20", !alias.scope !3, !noalias !4
  %".22" = sext i32 %".21" to i64
  %".23" = mul i64 %".22", %".18"
  %".24" = add i64 0, %".23"
  %".25" = getelementptr inbounds i16, ptr %"param.X.p", i64 %".24"
  store <16 x i64> <i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0>, <16 x i64>* %"pairs.acc"
  %".27" = sdiv i64 5, 32
  br label %"pdot.head"
ex.done:
  ret void
pdot.head:
  %"pdot" = phi  i64 [0, %"ex.body"], [%".46", %"pdot.body"]
  %".29" = icmp slt i64 %"pdot", %".27"
  br i1 %".29", label %"pdot.body", label %"pdot.done"
pdot.body:
  %".31" = mul i64 %"pdot", 32
  %".32" = getelementptr inbounds i16, ptr %".17", i64 %".31"
  %".33" = load <32 x i16>, ptr %".32", align 2, !alias.scope !4, !noalias !3
  %".34" = sext <32 x i16> %".33" to <32 x i32>
  %".35" = getelementptr inbounds i16, ptr %".25", i64 %".31"
  %".36" = load <32 x i16>, ptr %".35", align 2, !alias.scope !4, !noalias !3
  %".37" = sext <32 x i16> %".36" to <32 x i32>
  %".38" = mul <32 x i32> %".34", %".37"
  %".39" = shufflevector <32 x i32> %".38", <32 x i32> %".38", <16 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14, i32 16, i32 18, i32 20, i32 22, i32 24, i32 26, i32 28, i32 30>
  %".40" = shufflevector <32 x i32> %".38", <32 x i32> %".38", <16 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15, i32 17, i32 19, i32 21, i32 23, i32 25, i32 27, i32 29, i32 31>
  %".41" = load <16 x i64>, <16 x i64>* %"pairs.acc"
  %".42" = add <16 x i32> %".39", %".40"
  %".43" = sext <16 x i32> %".42" to <16 x i64>
  %".44" = add <16 x i64> %".41", %".43"
  store <16 x i64> %".44", <16 x i64>* %"pairs.acc"
  %".46" = add i64 %"pdot", 1
  br label %"pdot.head"
pdot.done:
  %".48" = mul i64 %".27", 32
  %".49" = sub i64 5, %".48"
  %".50" = icmp sgt i64 %".49", 0
  br i1 %".50", label %"pdotm.body", label %"pdotm.done"
pdotm.body:
  %".52" = insertelement <32 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %".49", i32 0
  %".53" = shufflevector <32 x i64> %".52", <32 x i64> %".52", <32 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".54" = icmp slt <32 x i64> <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15, i64 16, i64 17, i64 18, i64 19, i64 20, i64 21, i64 22, i64 23, i64 24, i64 25, i64 26, i64 27, i64 28, i64 29, i64 30, i64 31>, %".53"
  %".55" = getelementptr inbounds i16, ptr %".17", i64 %".48"
  %".56" = call <32 x i16> @"llvm.masked.load.v32i16.p0"(ptr %".55", i32 2, <32 x i1> %".54", <32 x i16> <i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0>)
  %".57" = sext <32 x i16> %".56" to <32 x i32>
  %".58" = getelementptr inbounds i16, ptr %".25", i64 %".48"
  %".59" = call <32 x i16> @"llvm.masked.load.v32i16.p0"(ptr %".58", i32 2, <32 x i1> %".54", <32 x i16> <i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0>)
  %".60" = sext <32 x i16> %".59" to <32 x i32>
  %".61" = mul <32 x i32> %".57", %".60"
  %".62" = shufflevector <32 x i32> %".61", <32 x i32> %".61", <16 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14, i32 16, i32 18, i32 20, i32 22, i32 24, i32 26, i32 28, i32 30>
  %".63" = shufflevector <32 x i32> %".61", <32 x i32> %".61", <16 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15, i32 17, i32 19, i32 21, i32 23, i32 25, i32 27, i32 29, i32 31>
  %".64" = load <16 x i64>, <16 x i64>* %"pairs.acc"
  %".65" = add <16 x i32> %".62", %".63"
  %".66" = sext <16 x i32> %".65" to <16 x i64>
  %".67" = add <16 x i64> %".64", %".66"
  store <16 x i64> %".67", <16 x i64>* %"pairs.acc"
  br label %"pdotm.done"
pdotm.done:
  %".70" = load <16 x i64>, <16 x i64>* %"pairs.acc"
  %".71" = call i64 @"llvm.vector.reduce.add.v16i64"(<16 x i64> %".70")
  %".72" = sitofp i64 %".71" to float
  %".73" = fmul float %".72", 0x3e70000000000000
  %".74" = fpext float %".73" to double
  %".75" = getelementptr inbounds double, ptr %"out", i64 %"ex"
  store double %".74", ptr %".75"
  %".77" = add i64 %"ex", 1
  br label %"ex.head"
}

define void @"sgdc_losses"(ptr %"slots", i64 %"begin", i64 %"end", ptr %"out")
{
entry:
  %".10" = getelementptr inbounds i64, ptr %"slots", i64 1
  %"field.i" = load i64, ptr %".10"
  %"field.i.p" = inttoptr i64 %"field.i" to ptr
  %".16" = getelementptr inbounds i64, ptr %"slots", i64 0
  %"param.X" = load i64, ptr %".16"
  %"param.X.p" = inttoptr i64 %"param.X" to ptr
  %".19" = getelementptr inbounds i64, ptr %"slots", i64 2
  %"field.j" = load i64, ptr %".19"
  %"field.j.p" = inttoptr i64 %"field.j" to ptr
  %"pairs.acc" = alloca <16 x i64>
  %".74" = getelementptr inbounds i64, ptr %"slots", i64 3
  %"field.a" = load i64, ptr %".74"
  %"field.a.p" = inttoptr i64 %"field.a" to ptr
  br label %"start"
start:
  br label %"ex.head"
ex.head:
  %"ex" = phi  i64 [%"begin", %"start"], [%".82", %"pdotm.done"]
  %".7" = icmp slt i64 %"ex", %"end"
  br i1 %".7", label %"ex.body", label %"ex.done"
ex.body:
  %".9" = mul i64 1, 5
  %".11" = getelementptr inbounds i32, ptr %"field.i.p", i64 %"ex"
  %".12" = load i32, ptr %".11", !alias.scope !3, !noalias !4
  %".13" = sext i32 %".12" to i64
  %".14" = mul i64 %".13", %".9"
  %".15" = add i64 0, %".14"
  %".17" = getelementptr inbounds i16, ptr %"param.X.p", i64 %".15"
  %".18" = mul i64 1, 5
  %".20" = getelementptr inbounds i32, ptr %"field.j.p", i64 %"ex"
  %".21" = load i32, ptr %".20", !alias.scope !3, !noalias !4
  %".22" = sext i32 %".21" to i64
  %".23" = mul i64 %".22", %".18"
  %".24" = add i64 0, %".23"
  %".25" = getelementptr inbounds i16, ptr %"param.X.p", i64 %".24"
  store <16 x i64> <i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0>, <16 x i64>* %"pairs.acc"
  %".27" = sdiv i64 5, 32
  br label %"pdot.head"
ex.done:
  ret void
pdot.head:
  %"pdot" = phi  i64 [0, %"ex.body"], [%".46", %"pdot.body"]
  %".29" = icmp slt i64 %"pdot", %".27"
  br i1 %".29", label %"pdot.body", label %"pdot.done"
pdot.body:
  %".31" = mul i64 %"pdot", 32
  %".32" = getelementptr inbounds i16, ptr %".17", i64 %".31"
  %".33" = load <32 x i16>, ptr %".32", align 2, !alias.scope !4, !noalias !3
  %".34" = sext <32 x i16> %".33" to <32 x i32>
  %".35" = getelementptr inbounds i16, ptr %".25", i64 %".31"
  %".36" = load <32 x i16>, ptr %".35", align 2, !alias.scope !4, !noalias !3
  %".37" = sext <32 x i16> %".36" to <32 x i32>
  %".38" = mul <32 x i32> %".34", %".37"
  %".39" = shufflevector <32 x i32> %".38", <32 x i32> %".38", <16 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14, i32 16, i32 18, i32 20, i32 22, i32 24, i32 26, i32 28, i32 30>
  %".40" = shufflevector <32 x i32> %".38", <32 x i32> %".38", <16 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15, i32 17, i32 19, i32 21, i32 23, i32 25, i32 27, i32 29, i32 31>
  %".41" = load <16 x i64>, <16 x i64>* %"pairs.acc"
  %".42" = add <16 x i32> %".39", %".40"
  %".43" = sext <16 x i32> %".42" to <16 x i64>
  %".44" = add <16 x i64> %".41", %".43"
  store <16 x i64> %".44", <16 x i64>* %"pairs.acc"
  %".46" = add i64 %"pdot", 1
  br label %"pdot.head"
pdot.done:
  %".48" = mul i64 %".27", 32
  %".49" = sub i64 5, %".48"
  %".50" = icmp sgt i64 %".49", 0
  br i1 %".50", label %"pdotm.body", label %"pdotm.done"
pdotm.body:
  %".52" = insertelement <32 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %".49", i32 0
  %".53" = shufflevector <32 x i64> %".52", <32 x i64> %".52", <32 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".54" = icmp slt <32 x i64> <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15, i64 16, i64 17, i64 18, i64 19, i64 20, i64 21, i64 22, i64 23, i64 24, i64 25, i64 26, i64 27, i64 28, i64 29, i64 30, i64 31>, %".53"
  %".55" = getelementptr inbounds i16, ptr %".17", i64 %".48"
  %".56" = call <32 x i16> @"llvm.masked.load.v32i16.p0"(ptr %".55", i32 2, <32 x i1> %".54", <32 x i16> <i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0>)
  %".57" = sext <32 x i16> %".56" to <32 x i32>
  %".58" = getelementptr inbounds i16, ptr %".25", i64 %".48"
  %".59" = call <32 x i16> @"llvm.masked.load.v32i16.p0"(ptr %".58", i32 2, <32 x i1> %".54", <32 x i16> <i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0>)
  %".60" = sext <32 x i16> %".59" to <32 x i32>
  %".61" = mul <32 x i32> %".57", %".60"
  %".62" = shufflevector <32 x i32> %".61", <32 x i32> %".61", <16 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14, i32 16, i32 18, i32 20, i32 22, i32 24, i32 26, i32 28, i32 30>
  %".63" = shufflevector <32 x i32> %".61", <32 x i32> %".61", <16 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15, i32 17, i32 19, i32 21, i32 23, i32 25, i32 27, i32 29, i32 31>
  %".64" = load <16 x i64>, <16 x i64>* %"pairs.acc"
  %".65" = add <16 x i32> %".62", %".63"
  %".66" = sext <16 x i32> %".65" to <16 x i64>
  %".67" = add <16 x i64> %".64", %".66"
  store <16 x i64> %".67", <16 x i64>* %"pairs.acc"
  br label %"pdotm.done"
pdotm.done:
  %".70" = load <16 x i64>, <16 x i64>* %"pairs.acc"
  %".71" = call i64 @"llvm.vector.reduce.add.v16i64"(<16 x i64> %".70")
  %".72" = sitofp i64 %".71" to float
  %".73" = fmul float %".72", 0x3e70000000000000
  %".75" = getelementptr inbounds float, ptr %"field.a.p", i64 %"ex"
  %".76" = load float, ptr %".75", !alias.scope !3, !noalias !4
  %".77" = fsub float %".73", %".76"
  %".78" = fmul float %".77", %".77"
  %".79" = fpext float %".78" to double
  %".80" = getelementptr inbounds double, ptr %"out", i64 %"ex"
  store double %".79", ptr %".80"
  %".82" = add i64 %"ex", 1
  br label %"ex.head"
}

!0 = !{ !"sgdc.buffers" }
!1 = !{ !"sgdc.buffer.data", !0 }
!2 = !{ !"sgdc.buffer.X", !0 }
!3 = !{ !1 }
!4 = !{ !2 }