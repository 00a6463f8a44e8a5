<?php
// Kimai kernel (placeholder)
