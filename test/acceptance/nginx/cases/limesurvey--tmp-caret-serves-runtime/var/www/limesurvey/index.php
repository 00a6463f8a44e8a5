<?php // LimeSurvey 6 front controller (placeholder)
