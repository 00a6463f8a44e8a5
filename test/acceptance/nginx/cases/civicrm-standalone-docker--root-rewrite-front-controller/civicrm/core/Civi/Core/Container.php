<?php // stand-in: service container
