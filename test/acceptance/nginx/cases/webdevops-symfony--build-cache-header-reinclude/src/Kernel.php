<?php // placeholder: App\Kernel (MicroKernelTrait)
