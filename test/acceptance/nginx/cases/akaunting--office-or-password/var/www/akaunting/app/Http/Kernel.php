<?php
// App\Http\Kernel
