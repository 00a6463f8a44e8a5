<?php
// disks: uploads => storage/app/uploads
