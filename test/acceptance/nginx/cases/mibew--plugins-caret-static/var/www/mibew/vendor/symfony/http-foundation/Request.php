<?php
// Symfony HttpFoundation (stand-in for the case)
