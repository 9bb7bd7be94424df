// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Confide",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "confide", targets: ["confide"]),
        .library(name: "ConfideCore", targets: ["ConfideCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/vapor/vapor.git", from: "4.122.3"),
        .package(url: "https://github.com/vapor/fluent.git", from: "4.13.0"),
        .package(url: "https://github.com/vapor/fluent-sqlite-driver.git", from: "4.9.0"),
        .package(url: "https://github.com/vapor/fluent-postgres-driver.git", from: "2.14.0"),
        .package(url: "https://github.com/apple/swift-crypto.git", "3.12.3" ..< "5.0.0"),
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
        .package(url: "https://github.com/JohnSundell/Plot.git", from: "0.14.0"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/swiftcsv/SwiftCSV.git", from: "0.10.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation.git", from: "0.9.20"),
    ],
    targets: [
        // Pure core: no web framework, no database.
        .target(name: "ConfideCore", dependencies: [
            .product(name: "Crypto", package: "swift-crypto"),
            .product(name: "Yams", package: "Yams"),
            // Unzips XLSX/ODS workbooks (the Home Office tables); pure Swift over zlib.
            .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ]),
        // cairo from Debian (libcairo2-dev) writes PDFs; kept in its own small target.
        .systemLibrary(name: "CCairo", pkgConfig: "cairo", providers: [.apt(["libcairo2-dev"])]),
        .target(name: "ConfidePDF", dependencies: ["CCairo"]),
        .target(name: "ConfideServer", dependencies: [
            "ConfideCore", "ConfidePDF",
            .product(name: "Vapor", package: "vapor"),
            .product(name: "Fluent", package: "fluent"),
            .product(name: "FluentSQLiteDriver", package: "fluent-sqlite-driver"),
            .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
            .product(name: "Plot", package: "Plot"),
            .product(name: "SwiftCSV", package: "SwiftCSV"),
        ], resources: [.copy("Resources/common-passwords.txt")]),
        .executableTarget(name: "confide", dependencies: [
            "ConfideCore", "ConfideServer",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        // Fuzz target for the untrusted-input parsers (scripts/fuzz.sh builds it with -sanitize=fuzzer).
        .executableTarget(name: "confide-fuzz", dependencies: ["ConfideCore"]),
        .testTarget(name: "ConfideCoreTests", dependencies: ["ConfideCore"], exclude: ["Redaction/Fixtures", "Assessment/Fixtures"]),
        .testTarget(name: "ConfideServerTests", dependencies: [
            "ConfideServer",
            .product(name: "VaporTesting", package: "vapor"),
        ]),
    ],
    swiftLanguageModes: [.v6]
)
