<?php
// Sample configuration shipped with Mahara.
