<?php

// Bootstrap (placeholder).
