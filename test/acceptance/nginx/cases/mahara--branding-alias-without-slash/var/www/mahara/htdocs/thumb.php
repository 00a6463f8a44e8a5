<?php
// Profile pictures and thumbnails, read from dataroot.
