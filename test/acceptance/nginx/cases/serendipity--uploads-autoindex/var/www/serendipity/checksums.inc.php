<?php
// release checksums
