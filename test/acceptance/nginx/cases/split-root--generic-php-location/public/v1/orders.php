<?php
require __DIR__.'/inc/db.php';
header('Content-Type: application/json');
$stmt = $pdo->prepare('SELECT id, reference, status, total FROM orders WHERE customer_id = ?');
$stmt->execute([(int) ($_GET['customer'] ?? 0)]);
echo json_encode($stmt->fetchAll(PDO::FETCH_ASSOC));
