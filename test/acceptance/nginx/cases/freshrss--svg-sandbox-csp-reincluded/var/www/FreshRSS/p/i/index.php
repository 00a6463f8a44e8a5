<?php
// web interface front controller (placeholder)
