<?php
// Chamilo web services (mobile app)
