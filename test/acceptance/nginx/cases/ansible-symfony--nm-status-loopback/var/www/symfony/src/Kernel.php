<?php // placeholder: App\Kernel
