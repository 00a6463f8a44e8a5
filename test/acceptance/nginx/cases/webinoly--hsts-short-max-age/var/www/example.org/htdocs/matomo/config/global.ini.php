; <?php exit; ?> DO NOT REMOVE THIS LINE
[General]
enable_processing_unique_visitors_day = 1
