<?php echo e($user->email); ?>
