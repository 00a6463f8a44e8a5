<?php
// Laravel front controller (placeholder)
